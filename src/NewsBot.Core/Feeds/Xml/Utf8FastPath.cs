using System.Text.Unicode;
using NewsBot.Core.Feeds.Charsets;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// The common case, read without copying: valid UTF-8 (with or without BOM), no other charset claimed by HTTP or
/// the XML declaration, the declaration (if any) first, no DOCTYPE and no C1 characters. XmlReader itself then
/// rejects what the entity repair would have fixed (bare '&amp;', HTML entities); on any XmlException the caller
/// takes the text path, which decodes, repairs and retries.
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
        if (!Utf8.IsValid(span) || HasC1Controls(span) || HasC1References(span))
            return null;
        var feed = XmlFeedReader.TryReadUtf8(bytes, baseUri);
        if (feed is not null)
            feed.Encoding = "utf-8";
        return feed;
    }

    private static bool IsUtf8(string name) =>
        name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase);

    /// <summary>&amp;#128; to &amp;#159; or any hex reference in that range (or with an upper-case X), which the repair maps to windows-1252.</summary>
    private static bool HasC1References(ReadOnlySpan<byte> span)
    {
        for (var i = span.IndexOf("&#"u8); i >= 0 && i + 4 < span.Length; )
        {
            var d = span[(i + 2)..];
            if (d[0] == 'X' || (d[0] == 'x' && d.Length > 3 && (d[1] is (byte)'8' or (byte)'9') && d[3] == ';'))
                return true;
            if (d.Length > 3 && d[0] == '1' && d[3] == ';' && (d[1] - '0') * 10 + (d[2] - '0') is >= 28 and <= 59)
                return true;
            var next = d.IndexOf("&#"u8);
            i = next < 0 ? -1 : i + 2 + next;
        }
        return false;
    }

    /// <summary>U+0080-U+009F encoded as C2 80..C2 9F.</summary>
    private static bool HasC1Controls(ReadOnlySpan<byte> span)
    {
        for (var i = span.IndexOf((byte)0xC2); i >= 0 && i + 1 < span.Length; )
        {
            if (span[i + 1] is >= 0x80 and <= 0x9F)
                return true;
            var next = span[(i + 1)..].IndexOf((byte)0xC2);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }
}
