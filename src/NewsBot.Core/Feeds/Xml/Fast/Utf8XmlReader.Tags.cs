using System.Xml;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>Start tags: the element's name, its attributes, and the namespace declarations it brings into scope.</summary>
internal sealed partial class Utf8XmlReader
{
    private void ReadStartTag()
    {
        var doc = _doc;
        var nameStart = _pos + 1;
        var nameEnd = ReadName(nameStart, out var prefix, out var localName);
        var bindingMark = _bindingCount;
        var at = nameEnd;
        while (true)
        {
            var afterName = at;
            while (at < _end && IsWhitespace(doc[at])) at++;
            if (at >= _end)
                throw Fail("the document ends inside a tag");
            if (doc[at] == '>')
            {
                _isEmpty = false;
                at++;
                break;
            }
            if (doc[at] == '/')
            {
                if (at + 1 >= _end || doc[at + 1] != '>')
                    throw Fail("malformed empty-element tag");
                _isEmpty = true;
                at += 2;
                break;
            }
            if (at == afterName)
                throw Fail("attributes not separated by whitespace");
            at = ReadAttribute(at);
        }
        _pos = at;

        if (prefix == AtomTable.Xmlns)
            throw Fail("element with the xmlns prefix");
        var ns = NamespaceOf(prefix);
        if (ns < 0)
            throw UndeclaredPrefix(prefix);
        var lang = _open > 0 ? _frames[_open - 1].Lang : 0;
        if (_attributeCount > 0)
            ResolveAttributes(ref lang);

        _nodeType = XmlNodeType.Element;
        _depth = _open;
        _prefix = prefix;
        _localName = localName;
        _namespace = ns;
        if (_open == _frames.Length)
            Array.Resize(ref _frames, _open * 2);
        ref var frame = ref _frames[_open++];
        frame.NameStart = nameStart;
        frame.NameLength = nameEnd - nameStart;
        frame.BindingMark = bindingMark;
        frame.LocalName = localName;
        frame.Prefix = prefix;
        frame.Namespace = ns;
        frame.Lang = lang;
        _popBeforeNext = _isEmpty;
    }

    /// <summary>Reads name="value" at <paramref name="at"/>; a namespace declaration is bound at once (it holds for the whole tag).</summary>
    private int ReadAttribute(int at)
    {
        var doc = _doc;
        var nameEnd = ReadName(at, out var prefix, out var localName);
        at = OpeningQuote(nameEnd, "attribute without '=' and a quoted value");
        var quote = doc[at];
        var valueStart = at + 1;
        // Most values (types, rels, terms) are short: look at a few bytes before calling the vector search.
        var i = valueStart;
        var near = Math.Min(_end, valueStart + 16);
        while (i < near && doc[i] != quote && doc[i] != '<')
            i++;
        if (i == near)
        {
            var length = doc.AsSpan(i, _end - i).IndexOfAny(quote, (byte)'<');
            if (length < 0)
                throw Fail("the document ends inside an attribute value");
            i += length;
        }
        if (doc[i] == '<')
            throw Fail("'<' in an attribute value");

        if (_attributeCount == _attributes.Length)
        {
            Array.Resize(ref _attributes, _attributeCount * 2);
            Array.Resize(ref _attributeValues, _attributeCount * 2);
        }
        _attributeValues[_attributeCount] = null;
        ref var a = ref _attributes[_attributeCount++];
        a.Prefix = prefix;
        a.LocalName = localName;
        a.Namespace = 0;
        a.ValueStart = valueStart;
        a.ValueLength = i - valueStart;
        if (prefix == AtomTable.Xmlns)
            Bind(localName, valueStart, i - valueStart);
        else if (prefix == 0 && localName == AtomTable.Xmlns)
            Bind(0, valueStart, i - valueStart);
        return i + 1;
    }

    private void Bind(int prefix, int valueStart, int length)
    {
        var raw = _doc.AsSpan(valueStart, length);
        var uri = Utf8Values.NeedsWork(raw, attribute: true) ? _atoms.Id(Utf8Values.Decode(raw, attribute: true, ref _chars)) : _atoms.Id(raw);
        if (prefix == AtomTable.Xml || prefix == AtomTable.Xmlns || (prefix != 0 && uri == 0))
            throw Fail("a namespace declaration XmlReader treats specially");
        if (_bindingCount == _bindings.Length)
            Array.Resize(ref _bindings, _bindingCount * 2);
        _bindings[_bindingCount++] = (prefix, uri);
    }

    /// <summary>Gives each attribute its namespace, rejects duplicates, and picks up xml:lang.</summary>
    private void ResolveAttributes(ref int lang)
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            ref var a = ref _attributes[i];
            if (a.Prefix != 0)
            {
                a.Namespace = NamespaceOf(a.Prefix);
                if (a.Namespace < 0)
                    throw UndeclaredPrefix(a.Prefix);
            }
            else if (a.LocalName == AtomTable.Xmlns)
                a.Namespace = AtomTable.XmlnsNamespace;
            for (var j = 0; j < i; j++)
                if (_attributes[j].LocalName == a.LocalName && _attributes[j].Namespace == a.Namespace)
                    throw Fail("duplicate attribute");
            if (a.LocalName == AtomTable.Lang && a.Namespace == AtomTable.XmlNamespace)
            {
                _langs.Add(AttributeValue(i));
                lang = _langs.Count - 1;
            }
        }
    }

    /// <summary>Out of line, so the hot tag readers carry no string-building state.</summary>
    private XmlException UndeclaredPrefix(int prefix) => Fail("undeclared prefix '" + _atoms[prefix] + "'");

    private (int Prefix, int LocalName) SplitName(int start, int end, int colon)
    {
        return colon < 0
            ? (0, _atoms.Id(_doc, start, end - start))
            : (_atoms.Id(_doc, start, colon - start), _atoms.Id(_doc, colon + 1, end - colon - 1));
    }
}
