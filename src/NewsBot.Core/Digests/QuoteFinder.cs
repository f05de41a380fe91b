using System.Text.RegularExpressions;
using NewsBot.Core.Abstractions;

namespace NewsBot.Core.Digests;

/// <summary>Direct quotations in double quotes, attributed to a capitalised name next to a cue verb.</summary>
public sealed partial class QuoteFinder : IQuoteFinder
{
    public IReadOnlyList<FoundQuote> Find(string text)
    {
        var result = new List<FoundQuote>();
        foreach (Match m in Quoted().Matches(text))
        {
            var inner = m.Groups["q"];
            if (inner.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 4)
                continue;
            var after = text.Substring(m.Index + m.Length, Math.Min(80, text.Length - m.Index - m.Length));
            var speaker = Speaker().Match(after) is { Success: true } s ? s.Groups["name"].Value : null;
            result.Add(new FoundQuote(inner.Index, inner.Index + inner.Length, inner.Value, speaker));
        }
        return result;
    }

    [GeneratedRegex("[\"\u201C](?<q>[^\"\u201C\u201D\n]+)[\"\u201D]")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^\W*(?:said|says|added)\s+(?<name>(?:[A-Z][\w'-]+\s?){1,3})")]
    private static partial Regex Speaker();
}
