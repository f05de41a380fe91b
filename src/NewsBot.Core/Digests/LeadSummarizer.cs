using NewsBot.Core.Abstractions;

namespace NewsBot.Core.Digests;

/// <summary>The first sentences of the story, at most about 300 characters.</summary>
public sealed class LeadSummarizer : ISummarizer
{
    public const int MaxLength = 300;

    public string Summarize(string title, string text, IReadOnlyList<FoundQuote> quotes)
    {
        var summary = "";
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (summary.Length > 0 && summary.Length + sentence.Length + 1 > MaxLength)
                break;
            summary = summary.Length == 0 ? sentence : summary + " " + sentence;
            if (summary.Length >= MaxLength / 2)
                break;
        }
        return TextTrim.ToLength(summary, MaxLength);
    }
}
