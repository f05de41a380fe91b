using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests.Summary;

namespace NewsBot.Core.Digests;

/// <summary>
/// Extractive, lead-biased summary: the first story sentences (1-3, at most about 300 characters), skipping
/// page furniture, datelines, fragments and sentences the digest's quotes already show.
/// </summary>
public sealed class LeadSummarizer : ISummarizer
{
    public const int MaxLength = 300;
    private const int EnoughLength = 180;
    private const int MaxSentences = 3;
    private const int LeadWindow = 6;
    private const int MinWords = 6;

    public string Summarize(string title, string text, IReadOnlyList<FoundQuote> quotes)
    {
        var picked = new List<string>();
        var length = 0;
        var considered = 0;
        foreach (var sentence in Candidates(title, text, quotes))
        {
            if (considered++ >= LeadWindow || picked.Count >= MaxSentences || length >= EnoughLength)
                break;
            var extra = sentence.Length + (picked.Count > 0 ? 1 : 0);
            if (picked.Count > 0 && length + extra > MaxLength)
                continue;
            picked.Add(sentence);
            length += extra;
        }
        return TextTrim.ToLength(string.Join(' ', picked), MaxLength);
    }

    private static IEnumerable<string> Candidates(string title, string text, IReadOnlyList<FoundQuote> quotes)
    {
        var paragraphStart = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var offset = paragraphStart;
            paragraphStart += paragraph.Length + 1;
            if (PageFurniture.IsFurniture(paragraph, title))
                continue;
            foreach (var span in SentenceSplitter.Spans(paragraph))
            {
                var sentence = PageFurniture.StripDateline(paragraph[span.Start..span.End]).Trim();
                if (sentence.Length == 0 || !char.IsUpper(sentence[0]) && !char.IsDigit(sentence[0]) || PageFurniture.IsTitle(sentence, title))
                    continue;
                if (sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MinWords || sentence.EndsWith('?'))
                    continue;
                if (MostlyQuoted(offset + span.Start, offset + span.End, quotes))
                    continue;
                yield return sentence;
            }
        }
    }

    /// <summary>True when quotes cover more than a third of the sentence: the quote list already shows it.</summary>
    private static bool MostlyQuoted(int start, int end, IReadOnlyList<FoundQuote> quotes)
    {
        var covered = 0;
        foreach (var q in quotes)
            covered += Math.Max(0, Math.Min(end, q.End) - Math.Max(start, q.Start));
        return covered * 3 > end - start;
    }
}
