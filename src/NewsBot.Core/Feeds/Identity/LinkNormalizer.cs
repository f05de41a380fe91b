using System.Text;

namespace NewsBot.Core.Feeds.Identity;

/// <summary>
/// A link in a canonical form for comparing stories: scheme and host lower-cased, default port and fragment
/// dropped, tracking parameters (utm_*, fbclid, gclid, mc_cid, mc_eid, ...) removed; path and the order of the
/// remaining query parameters kept.
/// </summary>
public static class LinkNormalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid", "mc_eid",
        "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "rb_clickid", "s_cid", "ncid", "ocid",
    };

    /// <summary>The canonical link, or null when <paramref name="link"/> is not an absolute http(s) URL.</summary>
    public static string? Normalize(string? link)
    {
        if (string.IsNullOrWhiteSpace(link) || !Uri.TryCreate(link.Trim(), UriKind.Absolute, out var uri))
            return null;
        if (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            return null;
        var sb = new StringBuilder(link.Length);
        sb.Append(uri.Scheme).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
            sb.Append(':').Append(uri.Port);
        sb.Append(uri.AbsolutePath);
        var first = true;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = eq < 0 ? pair : pair[..eq];
            if (IsTracking(name))
                continue;
            sb.Append(first ? '?' : '&').Append(pair);
            first = false;
        }
        return sb.ToString();
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
