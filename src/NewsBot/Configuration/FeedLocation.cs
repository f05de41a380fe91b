namespace NewsBot.Configuration;

/// <summary>Where a configured feed lives: an http(s) URL, or a local file (relative paths from the config folder).</summary>
public static class FeedLocation
{
    /// <returns>An absolute http(s) or file URI, or null when the value is neither a web URL nor an existing file.</returns>
    public static Uri? Resolve(string? value, string configDirectory)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            return uri;
        if (uri is { IsFile: true } && File.Exists(uri.LocalPath))
            return uri;
        if (value.Contains("://", StringComparison.Ordinal))
            return null;
        var path = Path.GetFullPath(Path.Combine(configDirectory, value));
        return File.Exists(path) ? new Uri(path) : null;
    }
}
