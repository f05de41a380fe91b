using System.Text;

namespace NewsBot.Core.Feeds.Charsets;

/// <summary>Byte-order marks and the BOM-less UTF-16/32 patterns of "&lt;" / "&lt;?" (XML 1.0 appendix F).</summary>
internal static class Bom
{
    public readonly record struct Found(System.Text.Encoding Encoding, string Name, int Length);

    private static readonly System.Text.Encoding Utf32Be = new UTF32Encoding(bigEndian: true, byteOrderMark: false);
    private static readonly System.Text.Encoding Utf32Le = new UTF32Encoding(bigEndian: false, byteOrderMark: false);
    private static readonly System.Text.Encoding Utf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly System.Text.Encoding Utf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false);
    private static readonly System.Text.Encoding Utf8 = new UTF8Encoding(false);

    public static Found? Detect(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return new(Utf32Be, "utf-32be", 4);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return new(Utf32Le, "utf-32le", 4);
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return new(Utf8, "utf-8", 3);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return new(Utf16Be, "utf-16be", 2);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return new(Utf16Le, "utf-16le", 2);
        return null;
    }

    public static Found? SniffWithoutBom(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4) return null;
        if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0x3C) return new(Utf32Be, "utf-32be", 0);
        if (b[0] == 0x3C && b[1] == 0 && b[2] == 0 && b[3] == 0) return new(Utf32Le, "utf-32le", 0);
        if (b[0] == 0 && b[1] == 0x3C && b[2] == 0 && b[3] != 0) return new(Utf16Be, "utf-16be", 0);
        if (b[0] == 0x3C && b[1] == 0 && b[2] != 0 && b[3] == 0) return new(Utf16Le, "utf-16le", 0);
        return null;
    }
}
