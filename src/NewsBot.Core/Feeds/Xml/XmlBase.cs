namespace NewsBot.Core.Feeds.Xml;

/// <summary>xml:base handling and resolving relative links against it (or the feed URL).</summary>
internal static class XmlBase
{
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    /// <summary>The base URI in force inside the current element: its xml:base resolved against the parent's.</summary>
    public static Uri? Of(System.Xml.XmlReader r, Uri? parent)
    {
        if (!r.HasAttributes)
            return parent;
        var value = r.GetAttribute("base", XmlNamespace);
        return string.IsNullOrWhiteSpace(value) ? parent : Combine(parent, value);
    }

    /// <summary>An xml:base value resolved against the base in force around it.</summary>
    public static Uri? Combine(Uri? parent, string value) =>
        Resolve(parent, value) is { } s && Uri.TryCreate(s, UriKind.Absolute, out var u) ? u : parent;

    /// <summary>An absolute link: <paramref name="link"/> itself when absolute, else resolved against <paramref name="baseUri"/>.</summary>
    public static string? Resolve(Uri? baseUri, string? link)
    {
        if (link is null)
            return null;
        link = link.Trim();
        if (link.Length == 0)
            return null;
        if (IsAbsolute(link))
            return link;
        if (baseUri is null)
            return link;
        return Uri.TryCreate(baseUri, link, out var resolved) ? resolved.AbsoluteUri : link;
    }

    private static bool IsAbsolute(string link)
    {
        // scheme ":" - fast check without allocating a Uri for the common http(s) case.
        if (link.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return true;
        var colon = link.IndexOf(':');
        if (colon <= 0) return false;
        for (var i = 0; i < colon; i++)
        {
            var c = link[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }
        return char.IsAsciiLetter(link[0]);
    }
}
