using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests;
using NewsBot.Core.Feeds;
using NewsBot.Core.Text;

namespace NewsBot.Polling;

/// <summary>Makes the text and digest of a feed item, reading the article page when the feed carries only a teaser.</summary>
public sealed class StoryFactory(
    IWebFetcher fetcher,
    IContentExtractor extractor,
    DigestBuilder digests,
    IOptionsMonitor<PollingOptions> options,
    ILogger<StoryFactory> logger)
{
    public async Task<(string Title, string Text, Digest Digest)> BuildAsync(FeedEntry entry, string outlet, CancellationToken ct)
    {
        var text = Html.ToText(entry.Content ?? entry.Summary);
        var title = OneLine(Html.RemoveScripts(entry.Title ?? "")); // already plain text in the model
        if (title.Length == 0)
            title = text.Length > 0 ? TextTrim.ToLength(text.Split('\n')[0], 120) : "(untitled)";
        if (options.CurrentValue.FetchArticles && WordCount(text) < options.CurrentValue.TeaserWords
            && Uri.TryCreate(entry.Link, UriKind.Absolute, out var link) && link.Scheme is "http" or "https")
        {
            var article = await ReadArticleAsync(link, ct);
            if (article is not null && WordCount(article) > WordCount(text))
                text = article;
        }
        var digest = digests.Build(new StoryText(title, text, outlet, entry.Published ?? entry.Updated, SafeLink(entry.Link)));
        return (title, text, digest);
    }

    private async Task<string?> ReadArticleAsync(Uri link, CancellationToken ct)
    {
        try
        {
            var page = await fetcher.FetchAsync(new FetchRequest(link, Purpose: "article"), ct);
            if (page.Status != FetchStatus.Ok || page.Body.Length == 0)
            {
                logger.LogInformation("Article page {Url} not read ({FetchStatus} {Error}); using the feed text", link, page.Status, page.Error);
                return null;
            }
            var html = Decode(page.Body, page.ContentType);
            return extractor.Extract(html, page.FinalUrl ?? link);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Article extraction failed for {Url}; using the feed text", link);
            return null;
        }
    }

    internal static string Decode(byte[] body, string? contentType)
    {
        var charset = contentType?.Split(';').Select(p => p.Trim())
            .FirstOrDefault(p => p.StartsWith("charset=", StringComparison.OrdinalIgnoreCase))?[8..].Trim('"', '\'');
        try
        {
            if (charset is not null)
                return Encoding.GetEncoding(charset).GetString(body);
        }
        catch (ArgumentException)
        {
            // unknown charset: fall through to UTF-8
        }
        return Encoding.UTF8.GetString(body);
    }

    /// <summary>Only http(s) links reach a digest.</summary>
    public static string? SafeLink(string? link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    private static string OneLine(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static int WordCount(string text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }
}
