using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests.Quotes;

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
        var original = text;
        text = text.Replace('\u00A0', ' '); // same length, so offsets hold; rules then see one kind of space
        var layout = new ParagraphLayout(text);
        var scanned = QuoteMarkScanner.Scan(text);
        var spans = scanned.Where(s => !ScareQuoteFilter.IsNeverAQuote(text, s, layout.StartsParagraph(s))).ToList();
        if (spans.Count == 0)
            return [];
        var groups = QuoteRuns.GroupRuns(spans, layout);
        var quoted = scanned.Select(s => (s.Start, s.End)).ToList();
        var resolver = new SpeakerResolver(PersonIndex.Build(text, quoted), SentenceSplitter.Spans(text));
        var mentions = spans.Select((s, i) => QuoteSurroundings.OwnMention(text, spans, i, layout)).ToList();

        var speakers = new Speaker?[spans.Count];
        var resolved = new bool[spans.Count];
        Speaker? last = null;
        var lastParagraph = -10;

        // The quote's own attribution, then its paragraph or quote run, a signature or lead-in line,
        // and for a quote paragraph standing alone, whoever spoke or was reported just before it.
        Speaker? SpeakerOf(int i)
        {
            var previous = QuoteRuns.PreviousInGroup(groups, i);
            if (mentions[i] is not null && resolver.Resolve(mentions[i]!, last, previous >= 0 ? speakers[previous] : null) is { } own)
                return own;
            if (previous >= 0 && speakers[previous] is not null)
                return speakers[previous];
            var source = QuoteRuns.FindInGroup(groups, mentions, i);
            if (source >= 0 && Resolve(resolver, mentions[source]!, last, speakers, resolved, source) is { } later)
                return later;
            if (QuoteSurroundings.DashAttribution(text, spans[i], layout) is { } signed)
                return resolver.Resolve(signed, last);
            if (QuoteSurroundings.LeadIn(text, spans[i], layout) is { } lead)
                return resolver.Resolve(lead, last);
            if (!layout.StartsParagraph(spans[i]))
                return null;
            var previousParagraph = QuoteSurroundings.PreviousNonBlank(layout, text, spans[i].Paragraph);
            if (previousParagraph == lastParagraph)
                return last;
            if (QuoteSurroundings.ReportedSpeech(text, layout, previousParagraph) is { } reported)
                return resolver.Resolve(reported, last);
            return spans[i].Paragraph - lastParagraph <= 2 ? last : null;
        }

        for (var i = 0; i < spans.Count; i++)
        {
            if (!resolved[i])
            {
                speakers[i] = SpeakerOf(i);
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
            if (!ScareQuoteFilter.IsDirectQuote(text, s, attributed, layout.StartsParagraph(s)))
                continue;
            result.Add(new FoundQuote(s.Start, s.End, original[s.Start..s.End], speakers[i]?.Name));
        }
        return result;
    }

    private static Speaker? Resolve(SpeakerResolver resolver, Mention mention, Speaker? last, Speaker?[] speakers, bool[] resolved, int source)
    {
        if (resolved[source])
            return speakers[source];
        var speaker = resolver.Resolve(mention, last);
        speakers[source] = speaker;
        resolved[source] = speaker is not null;
        return speaker;
    }
}
