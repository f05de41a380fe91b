using NewsBot.Core.Digests.Sentences;

namespace NewsBot.Core.Digests.Quotes;

/// <summary>
/// Where a quote's speaker can be read from the text around it: its own sentence, a 'X said:' lead-in, a
/// signature line under it ("- Bernie Sanders"), or reported speech in the paragraph before.
/// </summary>
internal static class QuoteSurroundings
{
    public static Mention? OwnMention(string text, List<QuoteSpan> spans, int i, ParagraphLayout layout)
    {
        var s = spans[i];
        var (pStart, pEnd) = layout.Bounds(s.Paragraph);
        var next = i + 1 < spans.Count && spans[i + 1].Paragraph == s.Paragraph ? spans[i + 1].OpenAt : pEnd;
        var prev = i > 0 && spans[i - 1].Paragraph == s.Paragraph ? spans[i - 1].After : pStart;
        var sentenceStart = SentenceStart(text, prev, s.OpenAt);
        var subjectFrom = SentenceStart(text, pStart, s.OpenAt);
        var before = sentenceStart < s.OpenAt ? CueMention.Before(text, sentenceStart, s.OpenAt, subjectFrom) : null;
        // News style puts a comma before a trailing attribution; a quote that ends its sentence with a full
        // stop is more likely introduced by what came before it ('Hayek said, "... friend." The star recalled').
        if (before is not null && text[s.End - 1] == '.')
            return before;
        if (!s.Unclosed && CueMention.After(text, s.After, next) is { } after)
            return after;
        return before;
    }

    /// <summary>A paragraph that ends 'X said:' introduces the quote that opens the next paragraph.</summary>
    public static Mention? LeadIn(string text, QuoteSpan s, ParagraphLayout layout)
    {
        if (!layout.StartsParagraph(s) || s.Paragraph == 0)
            return null;
        var p = s.Paragraph - 1;
        var (start, end) = layout.Bounds(p);
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == start && p > 0)
        {
            (start, end) = layout.Bounds(p - 1);
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        }
        if (end <= start || text[end - 1] != ':')
            return null;
        return CueMention.Before(text, SentenceStart(text, start, end - 1), end);
    }

    /// <summary>A quote paragraph signed on the next line: "- Bernie Sanders." / "— President Obama, tweeting".</summary>
    public static Mention? DashAttribution(string text, QuoteSpan s, ParagraphLayout layout)
    {
        if (!layout.StartsParagraph(s) || s.Unclosed)
            return null;
        var (_, end) = layout.Bounds(s.Paragraph);
        if (text.AsSpan(s.After, end - s.After).Trim().Length > 0)
            return null;
        for (var p = s.Paragraph + 1; p <= s.Paragraph + 2 && p < layout.Count; p++)
        {
            var (ps, pe) = layout.Bounds(p);
            var line = text[ps..pe].Trim();
            if (line.Length == 0)
                continue;
            if (line[0] is not ('-' or '—' or '–'))
                return null;
            var name = line.TrimStart('-', '—', '–', ' ');
            var run = NameRuns.Find(name).FirstOrDefault();
            return run is { Start: 0 } && run.Words.Count <= 5 ? new Mention(run.Text, ps + line.IndexOf(run.Words[0], StringComparison.Ordinal)) : null;
        }
        return null;
    }

    public static int PreviousNonBlank(ParagraphLayout layout, string text, int paragraph)
    {
        for (var p = paragraph - 1; p >= 0; p--)
        {
            var (s, e) = layout.Bounds(p);
            if (!string.IsNullOrWhiteSpace(text[s..e]))
                return p;
        }
        return -1;
    }

    /// <summary>'Then Kerry said that 100,000 would be accepted.' before a quote paragraph: its speaker.</summary>
    public static Mention? ReportedSpeech(string text, ParagraphLayout layout, int paragraph)
    {
        if (paragraph < 0)
            return null;
        var (start, end) = layout.Bounds(paragraph);
        var sentence = SentenceStart(text, start, end - 1);
        var m = CueMention.Before(text, sentence, end);
        return m is not null && m.Text.Split(' ').Length <= 5 ? m : null;
    }

    public static int SentenceStart(string text, int floor, int at)
    {
        for (var i = at - 1; i > floor; i--)
            if (text[i] is '.' or '!' or '?' && SentenceBoundaries.EndsAt(text, i))
                return i + 1;
        return floor;
    }
}
