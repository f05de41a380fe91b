using System.Text;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// Makes every '&amp;' in the document well-formed before XmlReader sees it: HTML named entities become
/// numeric references, safe DTD entities are substituted, references to characters XML forbids become U+FFFD,
/// and a bare '&amp;' or an unknown entity becomes literal text. CDATA, comments, PIs and the DOCTYPE are left alone.
/// Returns the input itself when nothing needs fixing (the common case, one vectorized IndexOf pass).
/// </summary>
internal static class EntityRepair
{
    public static string Repair(string text, List<string> problems)
    {
        var first = text.IndexOf('&');
        if (first < 0)
            return text;
        Dictionary<string, string>? declared = null;
        var declaredRead = false;
        ProtectedRegions? regions = null;
        StringBuilder? sb = null;
        var copied = 0;
        int bare = 0, html = 0, unknown = 0;
        string? firstUnknown = null;
        Kind kind;

        for (var amp = first; amp >= 0; amp = text.IndexOf('&', amp + 1))
        {
            var end = ReferenceEnd(text, amp, out var isNumeric);
            string? replacement, unknownName = null;
            if (end < 0)
            {
                replacement = "&amp;";
                kind = Kind.Bare;
            }
            else if (isNumeric)
            {
                replacement = NumericFix(text.AsSpan(amp + 2, end - amp - 2));
                if (replacement is null) continue;
                kind = Kind.Numeric;
            }
            else
            {
                if (IsPredefined(text.AsSpan(amp + 1, end - amp - 1)))
                    continue;
                var name = text.Substring(amp + 1, end - amp - 1);
                if (!declaredRead)
                {
                    declared = DoctypeEntities.Read(text, problems);
                    declaredRead = true;
                }
                if (declared is not null && declared.TryGetValue(name, out var value))
                {
                    replacement = value;
                    kind = Kind.Dtd;
                }
                else if (HtmlEntities.CodePoint(name) is var cp and >= 0)
                {
                    replacement = "&#" + cp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ";";
                    kind = Kind.Html;
                }
                else
                {
                    replacement = "&amp;";
                    kind = Kind.Unknown;
                    unknownName = name;
                }
            }
            regions ??= new ProtectedRegions(text);
            if (regions.Contains(amp))
                continue;
            switch (kind)
            {
                case Kind.Bare: bare++; break;
                case Kind.Html: html++; break;
                case Kind.Unknown: unknown++; firstUnknown ??= unknownName; break;
            }
            sb ??= new StringBuilder(text.Length + 64);
            sb.Append(text, copied, amp - copied).Append(replacement);
            copied = replacement == "&amp;" ? amp + 1 : end + 1;
        }
        if (sb is null)
            return text;
        sb.Append(text, copied, text.Length - copied);
        if (bare > 0) problems.Add($"xml: {bare} bare '&' read as text");
        if (html > 0) problems.Add($"xml: {html} HTML entity reference(s) not declared in XML, decoded");
        if (unknown > 0) problems.Add($"xml: {unknown} unknown entity reference(s) kept as text (first: &{firstUnknown};)");
        return sb.ToString();
    }

    private enum Kind { Bare, Numeric, Html, Unknown, Dtd }

    private static bool IsPredefined(ReadOnlySpan<char> name) => name is "amp" or "lt" or "gt" or "quot" or "apos";

    /// <summary>Index of the ';' closing a reference starting at <paramref name="amp"/>, or -1 for a bare '&amp;'.</summary>
    private static int ReferenceEnd(string text, int amp, out bool isNumeric)
    {
        isNumeric = false;
        var i = amp + 1;
        if (i >= text.Length) return -1;
        if (text[i] == '#')
        {
            isNumeric = true;
            i++;
            var hex = i < text.Length && (text[i] == 'x' || text[i] == 'X');
            if (hex) i++;
            var digits = i;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i]))) i++;
            return i > digits && i < text.Length && text[i] == ';' && i - digits <= 8 ? i : -1;
        }
        if (!char.IsAsciiLetter(text[i]) && text[i] != '_') return -1;
        var limit = Math.Min(text.Length, amp + 40);
        while (i < limit && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.')) i++;
        return i < limit && text[i] == ';' ? i : -1;
    }

    /// <summary>A replacement for a numeric reference XML would reject, or null when it is fine.</summary>
    private static string? NumericFix(ReadOnlySpan<char> body)
    {
        var hex = body[0] is 'x' or 'X';
        var upperX = body[0] == 'X';
        var digits = hex ? body[1..] : body;
        if (!int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                System.Globalization.CultureInfo.InvariantCulture, out var code))
            return "\uFFFD";
        var legal = code is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);
        if (!legal) return "\uFFFD";
        return upperX ? "&#x" + digits.ToString() + ";" : null;
    }
}
