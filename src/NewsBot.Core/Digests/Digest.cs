namespace NewsBot.Core.Digests;

/// <summary>The one digest model every platform renders: headline, short summary, quotes with speakers, source.</summary>
public sealed record Digest
{
    public required string Headline { get; init; }
    public string Summary { get; init; } = "";
    public IReadOnlyList<DigestQuote> Quotes { get; init; } = [];
    public required string Outlet { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Link { get; init; }
    /// <summary>Other outlets that reported the same event (cross-outlet clusters).</summary>
    public IReadOnlyList<string> AlsoReportedBy { get; init; } = [];
    /// <summary>Topic names the story matched.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}

/// <summary>A direct quotation and who said it, by name as first introduced (null when unknown).</summary>
public sealed record DigestQuote(string Text, string? Speaker);
