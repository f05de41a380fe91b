using System.Text;
using NewsBot.Core.Feeds.Charsets;
using NewsBot.Core.Feeds.JsonFeed;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Bytes to the normalized feed model: RSS 0.9x/2.0, RDF (RSS 1.0), Atom 0.3/1.0, JSON Feed 1.0/1.1 (and CDF).
/// Never throws on bad input: what could not be read, or was read with a workaround, is listed in Problems.
/// </summary>
public static class FeedParser
{
    public static ParsedFeed Parse(byte[] bytes, string? contentType = null, Uri? baseUri = null)
    {
        if (bytes.Length == 0)
            return new ParsedFeed { Problems = ["empty document"] };
        var problems = new List<string>();
        try
        {
            if (ParseFast(bytes, contentType, baseUri) is { } fast)
                return fast;
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            problems.Add($"fast path gave up ({ex.Message}); read again tolerantly");
        }
        return ParseText(bytes, contentType, baseUri, problems);
    }

    /// <summary>The tolerant path alone: decode the charset, repair, read. Also the reference the fast path is tested against.</summary>
    internal static ParsedFeed ParseText(byte[] bytes, string? contentType, Uri? baseUri, List<string>? problems = null)
    {
        problems ??= [];
        try
        {
            var decoded = CharsetDetector.Decode(bytes, contentType, problems);
            var builder = LooksLikeJson(decoded.Text, contentType)
                ? JsonFeedReader.Read(decoded.Text, baseUri)
                : XmlFeedReader.Read(decoded.Text, baseUri, problems);
            builder.Encoding = decoded.Encoding;
            builder.Problems.InsertRange(0, problems);
            return Finish(builder);
        }
        catch (Exception ex) when (IsDamage(ex))
        {
            // Never an exception for bad input: say what could not be read.
            problems.Add($"unreadable document: {ex.Message}");
            return new ParsedFeed { Problems = problems };
        }
    }

    /// <summary>The fast path alone: clean UTF-8 read straight from the bytes, or null when the document needs the tolerant path.</summary>
    internal static ParsedFeed? ParseFast(byte[] bytes, string? contentType, Uri? baseUri) =>
        Utf8FastPath.TryRead(bytes, contentType, baseUri) is { } fast ? Finish(fast) : null;

    /// <summary>What damaged input can make the XML and JSON readers throw (invalid characters, surrogates, nesting).</summary>
    private static bool IsDamage(Exception ex) =>
        ex is ArgumentException or InvalidOperationException or System.Xml.XmlException or System.Text.Json.JsonException
            or FormatException or OverflowException or DecoderFallbackException or InsufficientExecutionStackException;

    private static ParsedFeed Finish(FeedBuilder builder)
    {
        if (builder.EntriesStarted == 0 && builder.Title is null && builder.Problems.Count == 0)
            builder.Problem("no feed title and no entries found");
        return builder.Build();
    }

    private static bool LooksLikeJson(string text, string? contentType)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\uFEFF') continue;
            return c is '{' or '[' || (c != '<' && contentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true);
        }
        return false;
    }
}
