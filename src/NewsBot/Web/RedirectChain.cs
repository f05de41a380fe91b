namespace NewsBot.Web;

/// <summary>
/// The hops of one fetch: at most <see cref="MaxRedirects"/> redirects, no URL twice, and the permanent URL
/// taken only while every redirect so far was permanent (301/308).
/// </summary>
internal sealed class RedirectChain(Uri start)
{
    public const int MaxRedirects = 5;

    private readonly HashSet<string> _visited = [Key(start)];
    private bool _allPermanent = true;

    public Uri Current { get; private set; } = start;

    public Uri? PermanentUrl { get; private set; }

    public int Redirects { get; private set; }

    public static bool IsRedirect(int status) => status is 301 or 302 or 303 or 307 or 308;

    /// <summary>Moves to <paramref name="next"/>; returns why not when the chain is too long or loops.</summary>
    public string? Follow(Uri next, int status)
    {
        if (++Redirects > MaxRedirects)
            return $"More than {MaxRedirects} redirects (the last pointed to {next}).";
        if (!_visited.Add(Key(next)))
            return $"Redirect loop: {Current} redirects back to {next}.";
        _allPermanent &= status is 301 or 308;
        if (_allPermanent)
            PermanentUrl = next;
        Current = next;
        return null;
    }

    private static string Key(Uri url) => url.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
}
