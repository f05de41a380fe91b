using NewsBot.Core.Digests;

namespace NewsBot.Core.Abstractions;

/// <summary>Main-text extraction from an HTML page: paragraphs separated by a blank line, or null when nothing was found.</summary>
public interface IContentExtractor
{
    string? Extract(string html, Uri? pageUrl);
}

/// <summary>Finds direct quotations and names their speakers.</summary>
public interface IQuoteFinder
{
    IReadOnlyList<FoundQuote> Find(string text);
}

/// <summary>Picks 1-3 sentences that say what a story is about.</summary>
public interface ISummarizer
{
    string Summarize(string title, string text, IReadOnlyList<FoundQuote> quotes);
}
