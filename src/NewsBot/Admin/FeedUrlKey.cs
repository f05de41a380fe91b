using NewsBot.Configuration;

namespace NewsBot.Admin;

/// <summary>
/// The key that makes two feed URLs "the same feed": http and https alike, host case and default ports ignored,
/// a trailing slash and a #fragment ignored; file feeds by their full path.
/// </summary>
public static class FeedUrlKey
{
    public static string Of(string url, string configDirectory)
    {
        var value = url.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : "";
            var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return "web:" + uri.IdnHost.ToLowerInvariant() + port + path + uri.Query;
        }
        return FeedLocation.Resolve(value, configDirectory) is { IsFile: true } file ? "file:" + file.LocalPath : "raw:" + value;
    }
}
