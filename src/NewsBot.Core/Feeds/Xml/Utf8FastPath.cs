using NewsBot.Core.Feeds.Charsets;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// The common case, read without copying: UTF-8 (with or without BOM), no other charset claimed by HTTP or
/// the XML declaration, the declaration (if any) first, no DOCTYPE, valid UTF-8 without NUL bytes. The fast
/// reader then rejects what the entity repair would have fixed (bare '&amp;', HTML entities) and anything else it
/// does not read exactly as XmlReader would; the caller then takes the text path, which decodes, repairs and retries.
/// </summary>
internal static class Utf8FastPath
{
    public static FeedBuilder? TryRead(byte[] bytes, string? contentType, Uri? baseUri)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            span = span[3..];
        if (span.Length < 4 || span[0] != (byte)'<' || span[1] == 0)
            return null;
        if (CharsetDetector.ContentTypeCharset(contentType) is { } http && !IsUtf8(http))
            return null;
        if (XmlDeclaration.EncodingOf(span) is { } declared && !IsUtf8(declared))
            return null;
        var head = span[..Math.Min(span.Length, 4096)];
        if (head.IndexOf("<?xml"u8) > 0 || head.IndexOf("<!DOCTYPE"u8) >= 0)
            return null;
        // Invalid UTF-8 and NUL bytes are the text path's to repair.
        if (!System.Text.Unicode.Utf8.IsValid(span))
            return null;
        var traits = Fast.DocumentTraits.Of(span);
        if (traits.HasNul)
            return null;
        var feed = XmlFeedReader.TryReadUtf8(bytes, bytes.Length - span.Length, baseUri, traits);
        if (feed is not null)
            feed.Encoding = "utf-8";
        return feed;
    }

    private static bool IsUtf8(string name) =>
        name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);
}
