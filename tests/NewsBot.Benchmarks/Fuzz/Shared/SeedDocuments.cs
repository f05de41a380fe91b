using System.IO.Compression;
using System.Text;

namespace NewsBot.Fuzzing;

/// <summary>A document to mutate: its bytes, what it is, and where it came from.</summary>
public sealed record SeedDocument(string Name, DocumentKind Kind, byte[] Bytes);

/// <summary>The small seed documents written for fuzzing, plus the shared corpora when present (read at run time).</summary>
public static class SeedDocuments
{
    public const string FeedTestsFolder = "data/feeds/feedparser-tests";
    public const string ArticleFolder = "data/article-extraction/dev/html";

    public static IReadOnlyList<SeedDocument> Builtin { get; } =
    [
        Feed("rss2", """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Seed &amp; Outlet</title><link>https://seed.example/</link><ttl>15</ttl>
            <item><title>Minister &lt;b&gt;resigns&lt;/b&gt;</title><link>https://seed.example/a?x=1&amp;y=2</link>
            <guid isPermaLink="false">seed-1</guid><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate>
            <description><![CDATA[<p>"We will rebuild," said Amal Haddad, the minister. Talks <a href="javascript:alert(1)">continue</a>.</p>]]></description></item>
            <item><title>Second</title><link>/relative/b</link><description>Short teaser @everyone &lt;@123&gt;</description></item>
            </channel></rss>
            """),
        Feed("atom", """
            <?xml version="1.0"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title type="html">Atom &lt;i&gt;Seed&lt;/i&gt;</title>
            <entry><id>tag:seed,2026:1</id><title>Atom story</title><link rel="alternate" href="https://seed.example/atom/1"/>
            <updated>2026-11-30T10:00:00Z</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
            <p>“The river rose fast,” said Jonas Meyer of the water board.</p></div></content></entry></feed>
            """),
        Feed("rdf", """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://seed.example/"><title>RDF seed</title></channel>
            <item rdf:about="https://seed.example/r/1"><title>RDF item</title><link>https://seed.example/r/1</link>
            <dc:date>2026-11-30T10:00:00+01:00</dc:date><description>'Single quoted words here,' she said.</description></item></rdf:RDF>
            """),
        Feed("json", """
            {"version":"https://jsonfeed.org/version/1.1","title":"JSON seed","items":[
             {"id":"j1","url":"https://seed.example/j/1","title":"JSON story","content_html":"<p>&#8220;Prices fell,&#8221; said the bank.</p>",
              "date_published":"2026-11-30T10:00:00Z"},{"id":"j2","content_text":"No title, text only <script>x</script>"}]}
            """),
        new("article", DocumentKind.ArticleHtml, Encoding.UTF8.GetBytes("""
            <!doctype html><html><head><title>Seed article</title><meta property="og:title" content="Seed &quot;title&quot;"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Floods reach the capital</h1>
            <p>The river rose by two metres overnight, officials said on Monday, forcing hundreds from their homes.</p>
            <p>"We have never seen water this high," said Maria Lopez, a shop owner. "Everything is gone."</p>
            <p>Authorities said emergency shelters had opened in three schools <b>and</b> a stadium.</p>
            <script>var x = "<p>not text</p>";</script><style>p{}</style></article><footer>© Seed</footer></body></html>
            """)),
    ];

    /// <summary>The shared corpora under root (feedparser tests, article pages), or nothing when root is null.</summary>
    public static IReadOnlyList<SeedDocument> FromShared(string? root)
    {
        var list = new List<SeedDocument>();
        if (root is null)
            return list;
        var feeds = Path.Combine(root, FeedTestsFolder);
        if (Directory.Exists(feeds))
        {
            foreach (var file in Directory.EnumerateFiles(feeds, "*", SearchOption.AllDirectories)
                         .Where(f => Path.GetExtension(f) is ".xml" or ".json" or ".rss" or ".atom" or ".rdf").Order(StringComparer.Ordinal))
                list.Add(new(Path.GetRelativePath(root, file), DocumentKind.Feed, File.ReadAllBytes(file)));
        }
        var pages = Path.Combine(root, ArticleFolder);
        if (Directory.Exists(pages))
        {
            foreach (var file in Directory.EnumerateFiles(pages, "*.html.gz").Order(StringComparer.Ordinal))
                list.Add(new(Path.GetRelativePath(root, file), DocumentKind.ArticleHtml, Gunzip(file)));
        }
        return list;
    }

    /// <summary>../shared found upward from the running program, or NEWSBOT_SHARED.</summary>
    public static string? FindSharedRoot()
    {
        var env = Environment.GetEnvironmentVariable("NEWSBOT_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "shared", "data")))
                return Path.Combine(dir.FullName, "shared");
        }
        return null;
    }

    private static SeedDocument Feed(string name, string text) => new(name, DocumentKind.Feed, Encoding.UTF8.GetBytes(text));

    private static byte[] Gunzip(string file)
    {
        using var input = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
