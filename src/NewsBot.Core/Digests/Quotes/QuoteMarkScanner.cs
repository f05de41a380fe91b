namespace NewsBot.Core.Digests.Quotes;

/// <summary>A quoted stretch of text: [Start, End) is the trimmed inside, OpenAt/CloseAt the marks (CloseAt -1 when unclosed).</summary>
internal sealed record QuoteSpan(int Start, int End, int OpenAt, int CloseAt, int OpenLength, int CloseLength, int Paragraph)
{
    public bool Unclosed => CloseAt < 0;

    /// <summary>Offset just past the closing mark (or the end of the words when unclosed).</summary>
    public int After => CloseAt < 0 ? End : CloseAt + CloseLength;
}

/// <summary>
/// Pairs double quotation marks inside each paragraph: straight and curly quotes, the NYT's doubled
/// apostrophes, low-high German quotes and guillemets. Single quotes are left alone, so quotes nested in
/// single marks stay inside the outer span. A paragraph that opens a quote and never closes it yields an
/// unclosed span up to the paragraph end (the news convention for a quote that runs on).
/// </summary>
internal static class QuoteMarkScanner
{
    private enum Kind { None, Straight, Doubled, CurlyOpen, CurlyClose, LowOpen, GuillemetLeft, GuillemetRight }

    public static List<QuoteSpan> Scan(string text)
    {
        var spans = new List<QuoteSpan>();
        var paragraph = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            ScanParagraph(text, start, end, paragraph, spans);
            paragraph++;
            start = end + 1;
        }
        return spans;
    }

    private static void ScanParagraph(string text, int from, int to, int paragraph, List<QuoteSpan> spans)
    {
        var openAt = -1;
        var openLength = 0;
        var openKind = Kind.None;
        for (var i = from; i < to; i++)
        {
            var (kind, length) = MarkAt(text, i, to);
            if (kind == Kind.None)
                continue;
            if (openAt < 0)
            {
                if (CanOpen(text, i, length, kind, from, to))
                {
                    openAt = i;
                    openLength = length;
                    openKind = kind;
                }
                i += length - 1;
                continue;
            }
            if (Closes(openKind, kind, text, i, length, to))
            {
                Add(text, openAt, openLength, i, length, paragraph, spans);
                openAt = -1;
            }
            i += length - 1;
        }
        if (openAt >= 0)
            Add(text, openAt, openLength, -1, 0, paragraph, spans, to);
    }

    private static (Kind, int) MarkAt(string text, int i, int to)
    {
        var c = text[i];
        switch (c)
        {
            case '"': return (Kind.Straight, 1);
            case '\u201C': return (Kind.CurlyOpen, 1);
            case '\u201D': return (Kind.CurlyClose, 1);
            case '\u201E': return (Kind.LowOpen, 1);
            case '\u201F': return (Kind.CurlyOpen, 1);
            case '\u00AB': return (Kind.GuillemetLeft, 1);
            case '\u00BB': return (Kind.GuillemetRight, 1);
            case '\'' when i + 1 < to && text[i + 1] == '\'': return (Kind.Doubled, 2);
            default: return (Kind.None, 0);
        }
    }

    private static bool CanOpen(string text, int i, int length, Kind kind, int from, int to)
    {
        if (kind == Kind.CurlyClose)
            return false;
        var next = i + length < to ? text[i + length] : '\n';
        if (char.IsWhiteSpace(next) && kind is Kind.Straight or Kind.Doubled)
            return false;
        if (kind == Kind.GuillemetRight)
        {
            // German style »...«: opens only before a word.
            return char.IsLetterOrDigit(next) && (i == from || !char.IsLetterOrDigit(text[i - 1]));
        }
        return true;
    }

    private static bool Closes(Kind open, Kind kind, string text, int i, int length, int to) => open switch
    {
        Kind.GuillemetLeft => kind == Kind.GuillemetRight,
        Kind.GuillemetRight => kind == Kind.GuillemetLeft,
        Kind.LowOpen => kind is Kind.CurlyOpen or Kind.CurlyClose or Kind.Straight,
        // A second opening curly mark right before a space or punctuation is a typo for the closing one.
        Kind.CurlyOpen when kind == Kind.CurlyOpen => i + length >= to || !char.IsLetterOrDigit(text[i + length]),
        _ => kind is Kind.Straight or Kind.Doubled or Kind.CurlyClose,
    };

    private static void Add(string text, int openAt, int openLength, int closeAt, int closeLength, int paragraph,
        List<QuoteSpan> spans, int paragraphEnd = -1)
    {
        var s = openAt + openLength;
        var e = closeAt >= 0 ? closeAt : paragraphEnd;
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        if (e > s)
            spans.Add(new QuoteSpan(s, e, openAt, closeAt, openLength, closeLength, paragraph));
    }
}
