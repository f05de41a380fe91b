using System.Xml;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>Start tags: the element's name, its attributes, and the namespace declarations it brings into scope.</summary>
internal sealed partial class Utf8XmlReader
{
    private void ReadStartTag()
    {
        var doc = _doc.AsSpan(0, _end);
        var nameStart = _pos + 1;
        var nameEnd = ScanName(nameStart);
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

        var (prefix, localName) = SplitName(nameStart, nameEnd);
        if (prefix == "xmlns")
            throw Fail("element with the xmlns prefix");
        _namespace = LookupNamespace(prefix) ?? throw Fail($"undeclared prefix '{prefix}'");
        _prefix = prefix;
        _localName = localName;
        var lang = _open > 0 ? _frames[_open - 1].Lang : "";
        ResolveAttributes(ref lang);

        _nodeType = XmlNodeType.Element;
        _depth = _open;
        if (_open == _frames.Length)
            Array.Resize(ref _frames, _open * 2);
        _frames[_open++] = new Frame
        {
            NameStart = nameStart, NameLength = nameEnd - nameStart, BindingMark = bindingMark,
            LocalName = localName, Prefix = prefix, Namespace = _namespace, Lang = lang,
        };
        _popBeforeNext = _isEmpty;
    }

    /// <summary>Reads name="value" at <paramref name="at"/>; a namespace declaration is bound at once (it holds for the whole tag).</summary>
    private int ReadAttribute(int at)
    {
        var doc = _doc.AsSpan(0, _end);
        var nameEnd = ScanName(at);
        var (prefix, localName) = SplitName(at, nameEnd);
        at = nameEnd;
        while (at < _end && IsWhitespace(doc[at])) at++;
        if (at >= _end || doc[at] != '=')
            throw Fail("attribute without '='");
        at++;
        while (at < _end && IsWhitespace(doc[at])) at++;
        if (at >= _end || doc[at] is not ((byte)'"' or (byte)'\''))
            throw Fail("attribute value not quoted");
        var valueStart = at + 1;
        var close = doc[valueStart..].IndexOf(doc[at]);
        if (close < 0)
            throw Fail("the document ends inside an attribute value");
        if (doc.Slice(valueStart, close).Contains((byte)'<'))
            throw Fail("'<' in an attribute value");

        if (_attributeCount == _attributes.Length)
            Array.Resize(ref _attributes, _attributeCount * 2);
        _attributes[_attributeCount++] = new Attribute
        {
            Prefix = prefix, LocalName = localName, Namespace = "", ValueStart = valueStart, ValueLength = close,
        };
        if (prefix == "xmlns")
            Bind(localName, valueStart, close);
        else if (prefix.Length == 0 && localName == "xmlns")
            Bind("", valueStart, close);
        return valueStart + close + 1;
    }

    private void Bind(string prefix, int valueStart, int length)
    {
        var raw = _doc.AsSpan(valueStart, length);
        var uri = Utf8Values.NeedsWork(raw, attribute: true) ? Utf8Values.Decode(raw, attribute: true, ref _chars) : _atoms.Get(raw);
        if (prefix is "xml" or "xmlns" || (prefix.Length > 0 && uri.Length == 0))
            throw Fail("a namespace declaration XmlReader treats specially");
        if (_bindingCount == _bindings.Length)
            Array.Resize(ref _bindings, _bindingCount * 2);
        _bindings[_bindingCount++] = (prefix, uri);
    }

    /// <summary>Gives each attribute its namespace, rejects duplicates, and picks up xml:lang.</summary>
    private void ResolveAttributes(ref string lang)
    {
        for (var i = 0; i < _attributeCount; i++)
        {
            ref var a = ref _attributes[i];
            a.Namespace = a.Prefix.Length == 0
                ? a.LocalName == "xmlns" ? XmlnsNamespace : ""
                : LookupNamespace(a.Prefix) ?? throw Fail($"undeclared prefix '{a.Prefix}'");
            for (var j = 0; j < i; j++)
                if (_attributes[j].LocalName == a.LocalName && _attributes[j].Namespace == a.Namespace)
                    throw Fail("duplicate attribute");
            if (a.LocalName == "lang" && a.Namespace == XmlBase.XmlNamespace)
                lang = AttributeValue(i);
        }
    }

    private (string Prefix, string LocalName) SplitName(int start, int end)
    {
        var name = _doc.AsSpan(start, end - start);
        var colon = name.IndexOf((byte)':');
        if (colon < 0)
            return ("", _atoms.Get(name));
        var local = name[(colon + 1)..];
        if (local.Length == 0 || local.Contains((byte)':') || local[0] is (byte)'-' or (byte)'.' or (>= (byte)'0' and <= (byte)'9'))
            throw Fail("malformed qualified name");
        return (_atoms.Get(name[..colon]), _atoms.Get(local));
    }
}
