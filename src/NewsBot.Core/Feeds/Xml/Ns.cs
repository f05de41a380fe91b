namespace NewsBot.Core.Feeds.Xml;

/// <summary>Namespace URIs the readers recognise, and the usual prefix of each (used to repair undeclared prefixes).</summary>
internal static class Ns
{
    public const string Atom10 = "http://www.w3.org/2005/Atom";
    public const string Atom03 = "http://purl.org/atom/ns#";
    public const string Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public const string Rss10 = "http://purl.org/rss/1.0/";
    public const string Rss090 = "http://my.netscape.com/rdf/simple/0.9/";
    public const string Content = "http://purl.org/rss/1.0/modules/content/";
    public const string Dc = "http://purl.org/dc/elements/1.1/";
    public const string DcTerms = "http://purl.org/dc/terms/";
    public const string Media = "http://search.yahoo.com/mrss/";
    public const string ITunes = "http://www.itunes.com/dtds/podcast-1.0.dtd";
    public const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static readonly IReadOnlyDictionary<string, string> WellKnownPrefixes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["atom"] = Atom10, ["rdf"] = Rdf, ["content"] = Content, ["dc"] = Dc, ["dcterms"] = DcTerms,
        ["media"] = Media, ["itunes"] = ITunes, ["xhtml"] = Xhtml,
        ["slash"] = "http://purl.org/rss/1.0/modules/slash/", ["wfw"] = "http://wellformedweb.org/CommentAPI/",
        ["sy"] = "http://purl.org/rss/1.0/modules/syndication/", ["georss"] = "http://www.georss.org/georss",
        ["feedburner"] = "http://rssnamespace.org/feedburner/ext/1.0", ["geo"] = "http://www.w3.org/2003/01/geo/wgs84_pos#",
    };

    /// <summary>No namespace, one of the RSS namespaces, or the root element's own (e.g. http://backend.userland.com/rss2).</summary>
    public static bool IsRss(string ns, FeedBuilder feed) => ns.Length == 0 || ns == Rss10 || ns == Rss090 || ns == feed.RootNamespace;

    /// <summary>Atom 1.0 or 0.3, no namespace, or the root element's own (an Atom feed in a made-up namespace).</summary>
    public static bool IsAtomLike(string ns, FeedBuilder feed) => ns.Length == 0 || IsAtom(ns) || ns == feed.RootNamespace;

    public static bool IsITunes(string ns) => ns.Equals(ITunes, StringComparison.OrdinalIgnoreCase);

    /// <summary>Element names in the wrong case (TiTlE, pubdate) as the lower-case form the readers also accept.</summary>
    public static string? LowerIfMixed(string name)
    {
        foreach (var c in name)
            if (char.IsAsciiLetterUpper(c)) return name.ToLowerInvariant();
        return null;
    }

    public static bool IsMedia(string ns) => ns.StartsWith("http://search.yahoo.com/mrss", StringComparison.Ordinal);

    public static bool IsAtom(string ns) => ns == Atom10 || ns == Atom03;
}
