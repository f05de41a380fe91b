using System.Xml;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>Moving through the bytes: tags, text, CDATA, and the comments and processing instructions skipped.</summary>
internal sealed partial class Utf8XmlReader
{
    /// <summary>Per byte: 1 = may be in a name, 2 = may also start one, 4 = the colon. Only ASCII names are read here.</summary>
    private static ReadOnlySpan<byte> NameClass => new byte[256]
    {
        0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
        0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0, 1,1,1,1,1,1,1,1,1,1,5,0,0,0,0,0, // '-' '.' digits ':'
        0,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3, 3,3,3,3,3,3,3,3,3,3,3,0,0,0,0,3, // A-Z '_'
        0,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3, 3,3,3,3,3,3,3,3,3,3,3,0,0,0,0,0, // a-z
        0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
        0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
        0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
        0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
    };

    public override bool Read()
    {
        switch (_state)
        {
            case ReadState.Initial:
                _state = ReadState.Interactive;
                break;
            case ReadState.Interactive:
                break;
            default:
                return false;
        }
        _attributeIndex = -1;
        _onAttributeValue = false;
        _attributeCount = 0;
        _value = null;
        if (_popBeforeNext)
        {
            _popBeforeNext = false;
            _bindingCount = _frames[--_open].BindingMark;
        }
        return _open == 0 ? ReadOutsideRoot() : ReadContent();
    }

    /// <summary>Before the root: only whitespace, comments and processing instructions; after it, the same, then the end.</summary>
    private bool ReadOutsideRoot()
    {
        var doc = _doc.AsSpan();
        while (true)
        {
            while (_pos < _end && IsWhitespace(doc[_pos]))
                _pos++;
            if (_pos >= _end)
            {
                if (!_rootSeen)
                    throw Fail("no root element");
                _state = ReadState.EndOfFile;
                _nodeType = XmlNodeType.None;
                _depth = 0;
                _localName = _prefix = _namespace = 0;
                return false;
            }
            if (doc[_pos] != '<' || _pos + 1 >= _end)
                throw Fail("text outside the root element");
            var next = doc[_pos + 1];
            if (next == '!')
            {
                if (!doc[_pos..].StartsWith("<!--"u8))
                    throw Fail("a DOCTYPE or markup declaration");
                SkipComment();
            }
            else if (next == '?')
                SkipProcessingInstruction();
            else if (_rootSeen)
                throw Fail("a second root element");
            else
            {
                _rootSeen = true;
                ReadStartTag();
                return true;
            }
        }
    }

    private bool ReadContent()
    {
        var doc = _doc.AsSpan();
        while (true)
        {
            if (_pos >= _end)
                throw Fail("the document ends inside an element");
            if (doc[_pos] != '<')
            {
                ReadText();
                return true;
            }
            if (_pos + 1 >= _end)
                throw Fail("the document ends inside a tag");
            switch (doc[_pos + 1])
            {
                case (byte)'/':
                    ReadEndTag();
                    return true;
                case (byte)'!' when doc[_pos..].StartsWith("<!--"u8):
                    SkipComment();
                    break;
                case (byte)'!' when doc[_pos..].StartsWith("<![CDATA["u8):
                    ReadCData();
                    return true;
                case (byte)'!':
                    throw Fail("markup declaration inside an element");
                case (byte)'?':
                    SkipProcessingInstruction();
                    break;
                default:
                    ReadStartTag();
                    return true;
            }
        }
    }

    private void ReadText()
    {
        var start = _pos;
        // Most text between tags is a line break and some indentation: found without a search.
        var doc = _doc;
        var j = start;
        var limit = Math.Min(_end, start + 16);
        while (j < limit && IsWhitespace(doc[j]))
            j++;
        if (j < limit && doc[j] == '<')
        {
            _pos = j;
            SetValueNode(XmlNodeType.Whitespace, start, j - start, cdata: false);
            return;
        }
        var text = _doc.AsSpan(start, _end - start);
        var length = text.IndexOf((byte)'<');
        if (length < 0)
            throw Fail("the document ends inside an element");
        text = text[..length];
        if (_cdataEnds && text.IndexOf("]]>"u8) >= 0)
            throw Fail("']]>' in text");
        var whitespace = IsWhitespace(text[0]) && text.IndexOfAnyExcept(" \t\n\r"u8) < 0;
        _pos = start + length;
        SetValueNode(whitespace ? XmlNodeType.Whitespace : XmlNodeType.Text, start, length, cdata: false);
    }

    private void ReadCData()
    {
        var start = _pos + 9;
        var end = _doc.AsSpan(start, _end - start).IndexOf("]]>"u8);
        if (end < 0)
            throw Fail("unterminated CDATA section");
        _pos = start + end + 3;
        SetValueNode(XmlNodeType.CDATA, start, end, cdata: true);
    }

    private void SetValueNode(XmlNodeType type, int start, int length, bool cdata)
    {
        _nodeType = type;
        _depth = _open;
        _localName = _prefix = _namespace = 0;
        _isEmpty = false;
        _valueStart = start;
        _valueLength = length;
        _valueIsCData = cdata;
    }

    private void SkipComment()
    {
        var start = _pos + 4;
        var end = _doc.AsSpan(start, _end - start).IndexOf("--"u8);
        if (end < 0 || start + end + 2 >= _end || _doc[start + end + 2] != '>')
            throw Fail("unterminated comment, or '--' inside one");
        _pos = start + end + 3;
    }

    private void SkipProcessingInstruction()
    {
        var doc = _doc.AsSpan(0, _end);
        var nameStart = _pos + 2;
        var nameEnd = ScanName(nameStart, out var colon);
        if (colon >= 0)
            throw Fail("a colon in a processing instruction's target");
        var target = doc[nameStart..nameEnd];
        if (target.Length == 3 && (target[0] | 0x20) == 'x' && (target[1] | 0x20) == 'm' && (target[2] | 0x20) == 'l')
        {
            if (!target.SequenceEqual("xml"u8) || (_pos != 0 && !(_pos == 3 && doc.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))))
                throw Fail("XML declaration not at the start of the document, or a reserved name in another case");
            XmlDeclarationCheck(nameEnd);
        }
        else if (nameEnd < _end && !IsWhitespace(doc[nameEnd]) && !doc[nameEnd..].StartsWith("?>"u8))
            throw Fail("malformed processing instruction");
        var end = doc[nameEnd..].IndexOf("?>"u8);
        if (end < 0)
            throw Fail("unterminated processing instruction");
        _pos = nameEnd + end + 2;
    }

    /// <summary>The declaration's pseudo-attributes: version, then optionally encoding and standalone, each quoted.</summary>
    private void XmlDeclarationCheck(int at)
    {
        var doc = _doc.AsSpan(0, _end);
        var next = 0;
        ReadOnlySpan<string> order = ["version", "encoding", "standalone"];
        while (true)
        {
            var before = at;
            while (at < _end && IsWhitespace(doc[at])) at++;
            if (doc[at..].StartsWith("?>"u8))
                break;
            if (at == before)
                throw Fail("malformed XML declaration");
            var nameEnd = ScanName(at);
            var index = order.IndexOf(_atoms[_atoms.Id(doc[at..nameEnd])]);
            if (index < next || (next == 0 && index != 0))
                throw Fail("malformed XML declaration");
            next = index + 1;
            at = OpeningQuote(nameEnd, "malformed XML declaration");
            var close = doc[(at + 1)..].IndexOf(doc[at]);
            if (close < 0 || !IsDeclarationValue(index, doc.Slice(at + 1, close)))
                throw Fail("malformed XML declaration");
            at += close + 2;
        }
        if (next == 0)
            throw Fail("XML declaration without a version");
    }

    /// <summary>What XmlReader accepts: version 1.0, an encoding name ([A-Za-z][A-Za-z0-9._-]*), standalone yes or no.</summary>
    private static bool IsDeclarationValue(int pseudoAttribute, ReadOnlySpan<byte> value) => pseudoAttribute switch
    {
        0 => value.SequenceEqual("1.0"u8),
        1 => value.Length > 0 && char.IsAsciiLetter((char)value[0])
             && value.IndexOfAnyExcept("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-"u8) < 0,
        _ => value.SequenceEqual("yes"u8) || value.SequenceEqual("no"u8),
    };

    private void ReadEndTag()
    {
        var doc = _doc.AsSpan(0, _end);
        ref var frame = ref _frames[_open - 1];
        var nameStart = _pos + 2;
        var nameEnd = nameStart + frame.NameLength;
        if (nameEnd > _end || !doc.Slice(nameStart, frame.NameLength).SequenceEqual(doc.Slice(frame.NameStart, frame.NameLength)))
            throw Fail("end tag does not match the start tag");
        var at = nameEnd;
        while (at < _end && IsWhitespace(doc[at])) at++;
        if (at >= _end || doc[at] != '>')
            throw Fail("end tag does not match the start tag");
        _pos = at + 1;
        _nodeType = XmlNodeType.EndElement;
        _depth = _open - 1;
        _localName = frame.LocalName;
        _prefix = frame.Prefix;
        _namespace = frame.Namespace;
        _isEmpty = false;
        _popBeforeNext = true;
    }

    /// <summary>
    /// The end of the (qualified) name starting at <paramref name="at"/>, and where its colon is (-1 for none). ASCII
    /// name characters only: anything else is left to XmlReader.
    /// </summary>
    private int ScanName(int at, out int colon)
    {
        var doc = _doc;
        var classes = NameClass;
        colon = -1;
        if (at >= _end || (classes[doc[at]] & 2) == 0)
            throw Fail("a name that is empty, starts badly or is not ASCII");
        var i = at + 1;
        while (i < _end)
        {
            var c = classes[doc[i]];
            if (c == 0)
                return i;
            if (c == 5)
            {
                if (colon >= 0 || i + 1 >= _end || (classes[doc[i + 1]] & 2) == 0)
                    throw Fail("malformed qualified name");
                colon = i;
            }
            i++;
        }
        throw Fail("the document ends inside a name");
    }

    private int ScanName(int at) => ScanName(at, out _);

    /// <summary>From the end of an attribute's name: where its opening quote is (after optional spaces, '=', optional spaces).</summary>
    private int OpeningQuote(int at, string failure)
    {
        var doc = _doc;
        while (at < _end && IsWhitespace(doc[at])) at++;
        if (at >= _end || doc[at] != '=')
            throw Fail(failure);
        at++;
        while (at < _end && IsWhitespace(doc[at])) at++;
        if (at >= _end || doc[at] is not ((byte)'"' or (byte)'\''))
            throw Fail(failure);
        return at;
    }

    private static bool IsWhitespace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r';

    /// <summary>The error to throw; the reader is unusable from here on, as XmlReader is after an error.</summary>
    private XmlException Fail(string what)
    {
        _state = ReadState.Error;
        return new XmlException("fast reader: " + what);
    }
}
