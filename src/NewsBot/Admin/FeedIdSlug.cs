using System.Globalization;
using System.Text;

namespace NewsBot.Admin;

/// <summary>Feed ids made from titles: lowercase ASCII letters and digits joined by '-', accents dropped, unique.</summary>
public static class FeedIdSlug
{
    /// <summary>The longest id newsbot.json accepts.</summary>
    public const int MaxLength = 64;
    private const int MaxBaseLength = 56;

    /// <summary>A slug of <paramref name="title"/> (of the URL's host and path when the title has no letters or digits) not in <paramref name="taken"/>.</summary>
    public static string Unique(string title, string url, ISet<string> taken)
    {
        var slug = Slugify(title);
        if (slug.Length == 0)
            slug = Slugify(Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host + uri.AbsolutePath : url);
        if (slug.Length == 0)
            slug = "feed";
        var id = slug;
        for (var n = 2; taken.Contains(id); n++)
            id = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
        return id;
    }

    public static string Slugify(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingDash = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (pendingDash && sb.Length > 0)
                    sb.Append('-');
                sb.Append(lower);
                pendingDash = false;
            }
            else
            {
                pendingDash = true;
            }
            if (sb.Length >= MaxBaseLength)
                break;
        }
        return sb.ToString(0, Math.Min(sb.Length, MaxBaseLength)).TrimEnd('-');
    }
}
