using System.Xml;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>
/// A forward-only XmlReader over a well-formed, valid UTF-8 document without a DOCTYPE: the common feed, read
/// straight from its bytes. Names are atomized, values decoded only when asked for, so elements the feed readers
/// skip cost little more than finding their tags. It reports the nodes XmlReader reports with the settings the
/// feed readers use (comments and processing instructions ignored, whitespace kept). Anything it does not handle
/// exactly as XmlReader would (an HTML entity, an undeclared prefix, a DTD, malformed markup) throws XmlException,
/// and the caller reads the document again with the repairing reader.
/// This file holds the node state and the XmlReader API; <c>Utf8XmlReader.Scan.cs</c> moves through the bytes and
/// <c>Utf8XmlReader.Tags.cs</c> reads start tags.
/// </summary>
internal sealed partial class Utf8XmlReader : XmlReader
{
    private readonly byte[] _doc;
    private readonly int _end;
    private readonly AtomTable _atoms = new();
    private readonly NameTable _nameTable = new();
    private char[] _chars = new char[256];
    private int _pos;
    private ReadState _state = ReadState.Initial;
    private bool _rootSeen;

    // The current node; names are AtomTable ids.
    private XmlNodeType _nodeType;
    private int _depth;
    private int _localName, _prefix, _namespace;
    private bool _isEmpty;
    private int _valueStart, _valueLength;
    private bool _valueIsCData;
    private string? _value;

    // Attributes of the current element, and where the reader stands among them.
    private Attribute[] _attributes = new Attribute[8];
    private string?[] _attributeValues = new string?[8];
    private int _attributeCount;
    private int _attributeIndex = -1;
    private bool _onAttributeValue;

    // Open elements, the namespace bindings in scope (prefix id, namespace id), and the xml:lang values met.
    private Frame[] _frames = new Frame[16];
    private int _open;
    private bool _popBeforeNext;
    private (int Prefix, int Uri)[] _bindings = new (int, int)[16];
    private int _bindingCount;
    private readonly List<string> _langs = [""];

    private struct Attribute
    {
        public int Prefix, LocalName, Namespace, ValueStart, ValueLength;
    }

    /// <summary>An open element: only numbers, so pushing one costs no GC write barrier.</summary>
    private struct Frame
    {
        public int NameStart, NameLength, BindingMark, LocalName, Prefix, Namespace, Lang;
    }

    // Checked once for the whole document, so each value need not look: a carriage return, and "]]>" (an error in text).
    private readonly bool _lineBreaks, _cdataEnds;

    public Utf8XmlReader(byte[] document, int start, DocumentTraits traits)
    {
        _doc = document;
        _end = document.Length;
        _pos = start;
        _lineBreaks = traits.HasCarriageReturn;
        _cdataEnds = traits.MayHaveCdataEnd;
    }

    public override XmlNodeType NodeType =>
        _attributeIndex < 0 ? _nodeType : _onAttributeValue ? XmlNodeType.Text : XmlNodeType.Attribute;

    public override string LocalName => _atoms[_attributeIndex < 0 ? _localName : _onAttributeValue ? 0 : _attributes[_attributeIndex].LocalName];

    public override string NamespaceURI => _atoms[_attributeIndex < 0 ? _namespace : _onAttributeValue ? 0 : _attributes[_attributeIndex].Namespace];

    public override string Prefix => _atoms[_attributeIndex < 0 ? _prefix : _onAttributeValue ? 0 : _attributes[_attributeIndex].Prefix];

    public override int Depth => _attributeIndex < 0 ? _depth : _depth + (_onAttributeValue ? 2 : 1);

    public override bool IsEmptyElement => _attributeIndex < 0 && _nodeType == XmlNodeType.Element && _isEmpty;

    public override bool EOF => _state == ReadState.EndOfFile;

    public override ReadState ReadState => _state;

    public override string BaseURI => "";

    public override XmlNameTable NameTable => _nameTable;

    public override int AttributeCount => _nodeType == XmlNodeType.Element ? _attributeCount : 0;

    public override string XmlLang => _open > 0 ? _langs[_frames[_open - 1].Lang] : "";

    public override string Value
    {
        get
        {
            if (_attributeIndex >= 0)
                return AttributeValue(_attributeIndex);
            if (_nodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace))
                return "";
            return _value ??= Decode(_valueStart, _valueLength, attribute: false, entities: !_valueIsCData);
        }
    }

    public override string GetAttribute(int i)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, AttributeCount);
        return AttributeValue(i);
    }

    public override string? GetAttribute(string name)
    {
        var i = IndexOf(name);
        return i < 0 ? null : AttributeValue(i);
    }

    public override string? GetAttribute(string name, string? namespaceURI)
    {
        var i = IndexOf(name, namespaceURI ?? "");
        return i < 0 ? null : AttributeValue(i);
    }

    public override bool MoveToAttribute(string name) => MoveTo(IndexOf(name));

    public override bool MoveToAttribute(string name, string? ns) => MoveTo(IndexOf(name, ns ?? ""));

    public override bool MoveToFirstAttribute() => MoveTo(AttributeCount > 0 ? 0 : -1);

    public override bool MoveToNextAttribute() => MoveTo(_attributeIndex + 1 < AttributeCount ? _attributeIndex + 1 : -1);

    public override bool MoveToElement()
    {
        if (_attributeIndex < 0)
            return false;
        _attributeIndex = -1;
        _onAttributeValue = false;
        return true;
    }

    public override bool ReadAttributeValue()
    {
        if (_attributeIndex < 0 || _onAttributeValue)
            return false;
        _onAttributeValue = true;
        return true;
    }

    public override string? LookupNamespace(string prefix)
    {
        for (var i = _bindingCount - 1; i >= 0; i--)
            if (_atoms[_bindings[i].Prefix] == prefix)
                return _atoms[_bindings[i].Uri];
        return prefix switch { "xml" => XmlBase.XmlNamespace, "xmlns" => _atoms[AtomTable.XmlnsNamespace], "" => "", _ => null };
    }

    /// <summary>The namespace id bound to a prefix id, or -1 when the prefix is undeclared.</summary>
    private int NamespaceOf(int prefix)
    {
        for (var i = _bindingCount - 1; i >= 0; i--)
            if (_bindings[i].Prefix == prefix)
                return _bindings[i].Uri;
        return prefix == 0 ? 0 : prefix == AtomTable.Xml ? AtomTable.XmlNamespace : prefix == AtomTable.Xmlns ? AtomTable.XmlnsNamespace : -1;
    }

    /// <summary>As XmlReader.Skip, without its round of virtual calls for each node skipped.</summary>
    public override void Skip()
    {
        if (_state != ReadState.Interactive)
            return;
        MoveToElement();
        if (_nodeType != XmlNodeType.Element || _isEmpty)
        {
            Read();
            return;
        }
        var depth = _depth;
        while (Read() && _depth > depth)
        {
        }
        if (_nodeType == XmlNodeType.EndElement)
            Read();
    }

    public override void ResolveEntity() => throw new InvalidOperationException("the fast reader reports no entity references");

    private bool MoveTo(int index)
    {
        if (index < 0)
            return false;
        _attributeIndex = index;
        _onAttributeValue = false;
        return true;
    }

    private string AttributeValue(int i)
    {
        ref var a = ref _attributes[i];
        return _attributeValues[i] ??= Decode(a.ValueStart, a.ValueLength, attribute: true, entities: true);
    }

    /// <summary>
    /// A value as a string. Short plain ones (types, rels, categories, authors) come from the document's atom table,
    /// so a value repeated in every entry is one string.
    /// </summary>
    private string Decode(int start, int length, bool attribute, bool entities)
    {
        var raw = _doc.AsSpan(start, length);
        if (length <= ShortValue && !Utf8Values.NeedsWork(raw, attribute, _lineBreaks))
            return _atoms[_atoms.Id(_doc, start, length)];
        return Utf8Values.Decode(raw, attribute, ref _chars, entities, _lineBreaks);
    }

    private const int ShortValue = 16;

    /// <summary>
    /// On a start element whose whole content is one run of text: decodes it into scratch space and moves to the end
    /// tag, without making a string (dates are parsed from it). False, without moving, for any other content.
    /// </summary>
    internal bool TryReadTextContent(out ReadOnlySpan<char> text)
    {
        text = default;
        if (SimpleTextLength() is not (> 0 and var length))
            return false;
        var chars = Utf8Values.DecodeInto(_doc.AsSpan(_pos, length), attribute: false, ref _chars, lineBreaks: _lineBreaks);
        _pos += length;
        Read();
        text = _chars.AsSpan(0, chars);
        return true;
    }

    /// <summary>As <see cref="TryReadTextContent"/>, as a string: what XmlContent.ReadText reads, in one step.</summary>
    internal bool TryReadTextContent(out string text)
    {
        text = "";
        if (SimpleTextLength() is not (> 0 and var length))
            return false;
        text = Decode(_pos, length, attribute: false, entities: true);
        _pos += length;
        Read();
        return true;
    }

    /// <summary>The length of the text that is the current start element's whole content, or -1.</summary>
    private int SimpleTextLength()
    {
        if (_attributeIndex >= 0 || _nodeType != XmlNodeType.Element || _isEmpty)
            return -1;
        var rest = _doc.AsSpan(_pos, _end - _pos);
        var lt = rest.IndexOf((byte)'<');
        if (lt <= 0 || lt + 1 >= rest.Length || rest[lt + 1] != '/' || (_cdataEnds && rest[..lt].IndexOf("]]>"u8) >= 0))
            return -1;
        return lt;
    }

    private int IndexOf(string qualifiedName)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            ref var a = ref _attributes[i];
            var local = _atoms[a.LocalName];
            if (a.Prefix == 0)
            {
                if (local == qualifiedName)
                    return i;
                continue;
            }
            var prefix = _atoms[a.Prefix];
            if (qualifiedName.Length == prefix.Length + 1 + local.Length && qualifiedName[prefix.Length] == ':'
                && qualifiedName.StartsWith(prefix, StringComparison.Ordinal) && qualifiedName.EndsWith(local, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    private int IndexOf(string localName, string ns)
    {
        for (var i = 0; i < AttributeCount; i++)
            if (_atoms[_attributes[i].LocalName] == localName && _atoms[_attributes[i].Namespace] == ns)
                return i;
        return -1;
    }
}
