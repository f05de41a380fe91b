namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// Answers "is this offset inside a CDATA section, comment, processing instruction or DOCTYPE?" for offsets
/// asked in increasing order. Regions are found lazily, so text without problems is never scanned.
/// </summary>
internal sealed class ProtectedRegions(string text)
{
    private int _start = -1, _end = -1, _cursor;

    public bool Contains(int pos)
    {
        while (true)
        {
            if (_end > pos)
                return pos >= _start;
            if (_cursor >= text.Length || !FindNext())
            {
                _start = _end = text.Length + 1;
                return false;
            }
        }
    }

    private bool FindNext()
    {
        var bang = text.IndexOf("<!", _cursor, StringComparison.Ordinal);
        var quest = text.IndexOf("<?", _cursor, StringComparison.Ordinal);
        var at = bang < 0 ? quest : quest < 0 ? bang : Math.Min(bang, quest);
        if (at < 0)
            return false;
        _start = at;
        _end = RegionEnd(at);
        _cursor = _end;
        return true;
    }

    private int RegionEnd(int at)
    {
        var span = text.AsSpan(at);
        int end;
        if (span.StartsWith("<![CDATA[", StringComparison.Ordinal)) end = Close(at, "]]>");
        else if (span.StartsWith("<!--", StringComparison.Ordinal)) end = Close(at + 4, "-->");
        else if (span.StartsWith("<?", StringComparison.Ordinal)) end = Close(at, "?>");
        else if (span.StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase)) end = DoctypeEnd(at);
        else end = Close(at, ">");
        return end;
    }

    private int Close(int from, string terminator)
    {
        var i = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return i < 0 ? text.Length : i + terminator.Length;
    }

    private int DoctypeEnd(int at)
    {
        var gt = text.IndexOf('>', at);
        var bracket = text.IndexOf('[', at);
        if (bracket < 0 || (gt >= 0 && gt < bracket))
            return gt < 0 ? text.Length : gt + 1;
        var close = text.IndexOf("]", bracket, StringComparison.Ordinal);
        while (close >= 0)
        {
            var j = close + 1;
            while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
            if (j < text.Length && text[j] == '>')
                return j + 1;
            close = text.IndexOf(']', close + 1);
        }
        return text.Length;
    }
}
