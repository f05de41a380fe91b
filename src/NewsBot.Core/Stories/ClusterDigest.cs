using NewsBot.Core.Digests;

namespace NewsBot.Core.Stories;

/// <summary>One digest for the stories of one event: the first outlet's, with the others as sources and their new speakers' quotes.</summary>
public static class ClusterDigest
{
    /// <summary>Quotes of later outlets join only when they add a speaker; at most this many quotes in all.</summary>
    public const int MaxQuotes = DigestBuilder.MaxQuotes + 2;

    public static Digest Merge(IReadOnlyList<StoredStory> members)
    {
        if (members.Count == 0)
            throw new ArgumentException("a cluster has at least one story", nameof(members));
        var ordered = members.OrderBy(s => s.FetchedAt).ThenBy(s => s.Id).ToList();
        var first = ordered[0].Digest;
        var quotes = first.Quotes.ToList();
        var speakers = quotes.Where(q => q.Speaker is not null).Select(q => q.Speaker!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var later in ordered.Skip(1))
        {
            foreach (var q in later.Digest.Quotes)
            {
                if (quotes.Count >= MaxQuotes)
                    break;
                if (q.Speaker is not null && speakers.Add(q.Speaker))
                    quotes.Add(q);
            }
        }
        var others = ordered.Skip(1).Select(s => s.Outlet).Concat(first.AlsoReportedBy)
            .Where(o => !string.Equals(o, first.Outlet, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal).ToList();
        return first with { Quotes = quotes, AlsoReportedBy = others };
    }
}
