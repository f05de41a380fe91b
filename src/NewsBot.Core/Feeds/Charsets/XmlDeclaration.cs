namespace NewsBot.Core.Feeds.Charsets;

/// <summary>Reads encoding="..." from an XML declaration, in raw ASCII-compatible bytes or in decoded text.</summary>
internal static class XmlDeclaration
{
    private const int Window = 1024;

    public static string? EncodingOf(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, Window);
        Span<char> chars = stackalloc char[n];
        for (var i = 0; i < n; i++)
            chars[i] = bytes[i] < 0x80 ? (char)bytes[i] : '?';
        return EncodingOf(chars);
    }

    public static string? EncodingOf(string text) => EncodingOf(text.AsSpan(0, Math.Min(text.Length, Window)));

    /// <summary>The declaration may follow a comment in broken feeds, so it is searched in the first kilobyte.</summary>
    private static string? EncodingOf(ReadOnlySpan<char> head)
    {
        var start = head.IndexOf("<?xml", StringComparison.Ordinal);
        if (start < 0) return null;
        var decl = head[start..];
        var end = decl.IndexOf("?>", StringComparison.Ordinal);
        if (end > 0) decl = decl[..end];
        var at = decl.IndexOf("encoding", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = decl[(at + 8)..].TrimStart();
        if (rest.Length == 0 || rest[0] != '=') return null;
        rest = rest[1..].TrimStart();
        if (rest.Length == 0 || (rest[0] != '"' && rest[0] != '\'')) return null;
        var quote = rest[0];
        rest = rest[1..];
        var close = rest.IndexOf(quote);
        if (close <= 0) return null;
        var value = rest[..close].Trim();
        return value.Length == 0 ? null : value.ToString();
    }
}
