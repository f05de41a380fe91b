using System.Xml;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>
/// A forward-only XmlReader over a well-formed, valid UTF-8 document without a DOCTYPE: the common feed, read
/// straight from its bytes. Names are atomized, values decoded only when asked for, so elements the feed readers
/// skip cost little more than finding their tags. It reports the nodes XmlReader reports with the settings the
/// feed readers use (comments and processing instructions ignored, whitespace kept). Anything it does not handle
/// exactly as XmlReader would (an HTML entity, an undeclared prefix, a DTD, malformed markup) throws XmlException,
/// and the caller reads the document again with the repairing reader.
/// This file holds the node state and the XmlReader API; <c>Utf8XmlReader.Scan.cs</c> moves through the bytes.
/// </summary>
internal sealed partial class Utf8XmlReader : XmlReader
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private readonly byte[] _doc;
    private readonly int _end;
    private readonly AtomTable _atoms = new();
    private readonly NameTable _nameTable = new();
    private char[] _chars = new char[256];
    private int _pos;
    private ReadState _state = ReadState.Initial;
    private bool _rootSeen;

    // The current node.
    private XmlNodeType _nodeType;
    private int _depth;
    private string _localName = "", _prefix = "", _namespace = "";
    private bool _isEmpty;
    private int _valueStart, _valueLength;
    private bool _valueIsCData;
    private string? _value;

    // Attributes of the current element, and where the reader stands among them.
    private Attribute[] _attributes = new Attribute[8];
    private int _attributeCount;
    private int _attributeIndex = -1;
    private bool _onAttributeValue;

    // Open elements and the namespace bindings in scope.
    private Frame[] _frames = new Frame[16];
    private int _open;
    private bool _popBeforeNext;
    private (string Prefix, string Uri)[] _bindings = new (string, string)[16];
    private int _bindingCount;

    private struct Attribute
    {
        public string Prefix, LocalName, Namespace;
        public int ValueStart, ValueLength;
        public string? Value;
    }

    private struct Frame
    {
        public int NameStart, NameLength, BindingMark;
        public string LocalName, Prefix, Namespace, Lang;
    }

    public Utf8XmlReader(byte[] document, int start)
    {
        _doc = document;
        _end = document.Length;
        _pos = start;
    }

    public override XmlNodeType NodeType =>
        _attributeIndex < 0 ? _nodeType : _onAttributeValue ? XmlNodeType.Text : XmlNodeType.Attribute;

    public override string LocalName => _attributeIndex < 0 ? _localName : _onAttributeValue ? "" : _attributes[_attributeIndex].LocalName;

    public override string NamespaceURI => _attributeIndex < 0 ? _namespace : _onAttributeValue ? "" : _attributes[_attributeIndex].Namespace;

    public override string Prefix => _attributeIndex < 0 ? _prefix : _onAttributeValue ? "" : _attributes[_attributeIndex].Prefix;

    public override int Depth => _attributeIndex < 0 ? _depth : _depth + (_onAttributeValue ? 2 : 1);

    public override bool IsEmptyElement => _attributeIndex < 0 && _nodeType == XmlNodeType.Element && _isEmpty;

    public override bool EOF => _state == ReadState.EndOfFile;

    public override ReadState ReadState => _state;

    public override string BaseURI => "";

    public override XmlNameTable NameTable => _nameTable;

    public override int AttributeCount => _nodeType == XmlNodeType.Element ? _attributeCount : 0;

    public override string XmlLang => _open > 0 ? _frames[_open - 1].Lang : "";

    public override string Value
    {
        get
        {
            if (_attributeIndex >= 0)
                return AttributeValue(_attributeIndex);
            if (_nodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace))
                return "";
            return _value ??= Utf8Values.Decode(_doc.AsSpan(_valueStart, _valueLength), attribute: false, ref _chars, entities: !_valueIsCData);
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
            if (_bindings[i].Prefix == prefix)
                return _bindings[i].Uri;
        return prefix switch { "xml" => XmlBase.XmlNamespace, "xmlns" => XmlnsNamespace, "" => "", _ => null };
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
        return a.Value ??= Utf8Values.Decode(_doc.AsSpan(a.ValueStart, a.ValueLength), attribute: true, ref _chars);
    }

    private int IndexOf(string qualifiedName)
    {
        for (var i = 0; i < AttributeCount; i++)
        {
            ref var a = ref _attributes[i];
            if (a.Prefix.Length == 0
                    ? a.LocalName == qualifiedName
                    : qualifiedName.Length == a.Prefix.Length + 1 + a.LocalName.Length && qualifiedName[a.Prefix.Length] == ':'
                      && qualifiedName.StartsWith(a.Prefix, StringComparison.Ordinal) && qualifiedName.EndsWith(a.LocalName, StringComparison.Ordinal))
                return i;
        }
        return -1;
    }

    private int IndexOf(string localName, string ns)
    {
        for (var i = 0; i < AttributeCount; i++)
            if (_attributes[i].LocalName == localName && _attributes[i].Namespace == ns)
                return i;
        return -1;
    }
}
