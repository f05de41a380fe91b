using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests.Quotes;
using NewsBot.Core.Digests.Sentences;

namespace NewsBot.Core.Digests;

/// <summary>
/// Finds direct quotations in every common mark style and names who said them: first the quote's own
/// attribution, then the rest of its paragraph or multi-paragraph run, then the previous quote's speaker
/// for a quote that stands alone in the next paragraph. Scare quotes, titles and nicknames are dropped.
/// </summary>
public sealed class QuoteFinder : IQuoteFinder
{
    public IReadOnlyList<FoundQuote> Find(string text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var layout = new ParagraphLayout(text);
        var scanned = QuoteMarkScanner.Scan(text);
        var spans = scanned.Where(s => !ScareQuoteFilter.IsNeverAQuote(text, s, StartsParagraph(text, s, layout))).ToList();
        if (spans.Count == 0)
            return [];
        var groups = GroupRuns(spans, layout);
        var quoted = scanned.Select(s => (s.Start, s.End)).ToList();
        var resolver = new SpeakerResolver(PersonIndex.Build(text, quoted), SentenceSplitter.Spans(text));
        var mentions = spans.Select((s, i) => OwnMention(text, spans, i, layout)).ToList();

        var speakers = new Speaker?[spans.Count];
        var resolved = new bool[spans.Count];
        Speaker? last = null;
        var lastParagraph = -10;
        for (var i = 0; i < spans.Count; i++)
        {
            if (!resolved[i])
            {
                var previous = PreviousInGroup(groups, i);
                var source = mentions[i] is not null ? i : FindInGroup(groups, mentions, i);
                if (mentions[i] is not null)
                {
                    speakers[i] = resolver.Resolve(mentions[i]!, last, previous >= 0 ? speakers[previous] : null);
                }
                else if (previous >= 0 && speakers[previous] is not null)
                {
                    speakers[i] = speakers[previous];
                }
                else if (source >= 0)
                {
                    speakers[i] = Resolve(resolver, mentions[source]!, last, speakers, resolved, source);
                }
                else if (DashAttribution(text, spans[i], layout) is { } signed)
                {
                    speakers[i] = resolver.Resolve(signed, last);
                }
                else if (LeadIn(text, spans[i], layout) is { } lead)
                {
                    speakers[i] = resolver.Resolve(lead, last);
                }
                else if (StartsParagraph(text, spans[i], layout))
                {
                    var previousParagraph = PreviousNonBlank(layout, text, spans[i].Paragraph);
                    if (previousParagraph == lastParagraph)
                        speakers[i] = last;
                    else if (ReportedSpeech(text, layout, previousParagraph) is { } reported)
                        speakers[i] = resolver.Resolve(reported, last);
                    else if (spans[i].Paragraph - lastParagraph <= 2)
                        speakers[i] = last;
                }
                resolved[i] = true;
            }
            if (speakers[i] is not null)
            {
                last = speakers[i];
                lastParagraph = spans[i].Paragraph;
            }
        }

        var result = new List<FoundQuote>();
        for (var i = 0; i < spans.Count; i++)
        {
            var s = spans[i];
            var attributed = mentions[i] is not null || speakers[i] is not null;
            if (!ScareQuoteFilter.IsDirectQuote(text, s, attributed, StartsParagraph(text, s, layout)))
                continue;
            result.Add(new FoundQuote(s.Start, s.End, text[s.Start..s.End], speakers[i]?.Name));
        }
        return result;
    }

    private static Speaker? Resolve(SpeakerResolver resolver, Mention mention, Speaker? last, Speaker?[] speakers, bool[] resolved, int source)
    {
        if (resolved[source])
            return speakers[source];
        var speaker = resolver.Resolve(mention, last);
        speakers[source] = speaker;
        return speaker;
    }

    private static Mention? OwnMention(string text, List<QuoteSpan> spans, int i, ParagraphLayout layout)
    {
        var s = spans[i];
        var (pStart, pEnd) = layout.Bounds(s.Paragraph);
        var next = i + 1 < spans.Count && spans[i + 1].Paragraph == s.Paragraph ? spans[i + 1].OpenAt : pEnd;
        var prev = i > 0 && spans[i - 1].Paragraph == s.Paragraph ? spans[i - 1].After : pStart;
        if (!s.Unclosed && CueMention.After(text, s.After, next) is { } after)
            return after;
        var sentenceStart = SentenceStart(text, prev, s.OpenAt);
        var subjectFrom = SentenceStart(text, pStart, s.OpenAt);
        return sentenceStart < s.OpenAt ? CueMention.Before(text, sentenceStart, s.OpenAt, subjectFrom) : null;
    }

    /// <summary>A paragraph that ends 'X said:' introduces the quote that opens the next paragraph.</summary>
    private static Mention? LeadIn(string text, QuoteSpan s, ParagraphLayout layout)
    {
        if (!StartsParagraph(text, s, layout) || s.Paragraph == 0)
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
    private static Mention? DashAttribution(string text, QuoteSpan s, ParagraphLayout layout)
    {
        if (!StartsParagraph(text, s, layout) || s.Unclosed)
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

    private static int PreviousNonBlank(ParagraphLayout layout, string text, int paragraph)
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
    private static Mention? ReportedSpeech(string text, ParagraphLayout layout, int paragraph)
    {
        if (paragraph < 0)
            return null;
        var (start, end) = layout.Bounds(paragraph);
        var sentence = SentenceStart(text, start, end - 1);
        var m = CueMention.Before(text, sentence, end);
        return m is not null && m.Text.Split(' ').Length <= 5 ? m : null;
    }

    private static int SentenceStart(string text, int floor, int at)
    {
        for (var i = at - 1; i > floor; i--)
            if (text[i] is '.' or '!' or '?' && SentenceBoundaries.EndsAt(text, i))
                return i + 1;
        return floor;
    }

    private static bool StartsParagraph(string text, QuoteSpan s, ParagraphLayout layout)
    {
        var (start, _) = layout.Bounds(s.Paragraph);
        for (var i = start; i < s.OpenAt; i++)
            if (!char.IsWhiteSpace(text[i]))
                return false;
        return true;
    }

    /// <summary>Quotes in one paragraph share a group; an unclosed paragraph joins the next one's group.</summary>
    private static int[] GroupRuns(List<QuoteSpan> spans, ParagraphLayout layout)
    {
        var groups = new int[spans.Count];
        var group = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (i == 0) { groups[i] = 0; continue; }
            var prev = spans[i - 1];
            var cur = spans[i];
            var sameParagraph = prev.Paragraph == cur.Paragraph;
            var continues = prev.Unclosed && cur.Paragraph - prev.Paragraph <= 2 && layout.IsBlankBetween(prev.Paragraph, cur.Paragraph);
            if (!sameParagraph && !continues)
                group++;
            groups[i] = group;
        }
        return groups;
    }

    private static int FindInGroup(int[] groups, List<Mention?> mentions, int i)
    {
        for (var j = i + 1; j < groups.Length && groups[j] == groups[i]; j++)
            if (mentions[j] is not null)
                return j;
        return -1;
    }

    private static int PreviousInGroup(int[] groups, int i) =>
        i > 0 && groups[i - 1] == groups[i] ? i - 1 : -1;
}
