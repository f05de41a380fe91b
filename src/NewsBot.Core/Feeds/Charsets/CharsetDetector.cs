using System.Text;

namespace NewsBot.Core.Feeds.Charsets;

/// <summary>
/// Picks the charset of a feed: BOM, then the HTTP content-type charset, then the XML declaration, then UTF-8.
/// A charset that does not decode the bytes cleanly is not trusted blindly: UTF-8 and the BOM-less UTF-16/32
/// patterns are tried before falling back to the declared charset with replacement characters.
/// </summary>
internal static class CharsetDetector
{
    static CharsetDetector() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    public static DecodedText Decode(byte[] bytes, string? contentType, List<string> problems)
    {
        var bom = Bom.Detect(bytes);
        var httpCharset = ContentTypeCharset(contentType);
        if (bom is { } b)
        {
            var text = b.Encoding.GetString(bytes, b.Length, bytes.Length - b.Length);
            var declared = XmlDeclaration.EncodingOf(text);
            if (declared is not null && !SameFamily(declared, b.Name))
                problems.Add($"charset: BOM says {b.Name} but the XML declaration says {declared}; used the BOM");
            if (httpCharset is not null && !SameFamily(httpCharset, b.Name))
                problems.Add($"charset: BOM says {b.Name} but HTTP says {httpCharset}; used the BOM");
            return new DecodedText(text, b.Name);
        }

        var sniffed = Bom.SniffWithoutBom(bytes);
        if (sniffed is { } s)
        {
            var text = s.Encoding.GetString(bytes);
            return new DecodedText(text, s.Name);
        }

        var declaredName = XmlDeclaration.EncodingOf(bytes);
        var candidates = new List<string>(3);
        if (httpCharset is not null) candidates.Add(httpCharset);
        if (declaredName is not null) candidates.Add(declaredName);
        if (httpCharset is not null && declaredName is not null && !SameName(httpCharset, declaredName))
            problems.Add($"charset: HTTP says {httpCharset}, the XML declaration says {declaredName}; HTTP wins");
        candidates.Add("utf-8");

        foreach (var name in candidates)
        {
            var encoding = Lookup(name);
            if (encoding is null)
            {
                problems.Add($"charset: unknown charset '{name}'");
                continue;
            }
            if (IsUtf16Or32(encoding))
            {
                // Declared UTF-16/32 without a BOM or the byte pattern: the bytes are really 8-bit.
                problems.Add($"charset: declared {name} but the bytes are 8-bit; ignored");
                continue;
            }
            if (TryDecodeStrict(encoding, bytes, out var text))
                return new DecodedText(text, name.ToLowerInvariant());
            problems.Add($"charset: bytes are not valid {name}");
        }

        // Nothing decodes cleanly: windows-1252 never fails and keeps every byte visible.
        var fallbackName = candidates.Count > 1 && Lookup(candidates[0]) is { } first && !IsUtf16Or32(first) && first.CodePage != 65001
            ? candidates[0].ToLowerInvariant()
            : "windows-1252";
        var fallback = Lookup(fallbackName) ?? System.Text.Encoding.Latin1;
        problems.Add($"charset: decoded as {fallbackName} with replacements");
        return new DecodedText(fallback.GetString(bytes), fallbackName);
    }

    /// <summary>The charset parameter of a Content-Type header, unquoted, or null.</summary>
    public static string? ContentTypeCharset(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
            return null;
        foreach (var part in contentType.Split(';'))
        {
            var p = part.Trim();
            if (!p.StartsWith("charset", StringComparison.OrdinalIgnoreCase))
                continue;
            var eq = p.IndexOf('=');
            if (eq < 0)
                continue;
            var value = p[(eq + 1)..].Trim().Trim('"', '\'').Trim();
            return value.Length == 0 ? null : value;
        }
        return null;
    }

    public static System.Text.Encoding? Lookup(string name)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool TryDecodeStrict(System.Text.Encoding encoding, byte[] bytes, out string text)
    {
        if (encoding.CodePage == 65001)
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
                return true;
            }
            catch (DecoderFallbackException)
            {
                text = "";
                return false;
            }
        }
        var strict = System.Text.Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, DecoderFallback.ExceptionFallback);
        try
        {
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    private static bool IsUtf16Or32(System.Text.Encoding e) => e.CodePage is 1200 or 1201 or 12000 or 12001;

    private static bool SameName(string a, string b) =>
        Lookup(a) is { } ea && Lookup(b) is { } eb ? ea.CodePage == eb.CodePage : string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool SameFamily(string declared, string actual)
    {
        var d = declared.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var a = actual.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        return a.StartsWith(d, StringComparison.Ordinal) || d.StartsWith(a, StringComparison.Ordinal)
               || (d is "ucs2" or "iso10646ucs2" && a.StartsWith("utf16", StringComparison.Ordinal));
    }
}
