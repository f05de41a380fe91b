using System.Text.Json;
using NewsBot.Core.Feeds;
using NewsBot.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds;

/// <summary>
/// The fast UTF-8 reader must read every document it accepts exactly as the tolerant XmlReader path does: the whole
/// feedparser corpus is parsed both ways and the normalized feeds compared field by field (all but the problem list,
/// which may differ in the charset notes the text path adds). It must also accept the common case, or it is no fast path.
/// </summary>
public sealed class FastReaderEquivalenceTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    [SharedDataFact]
    public void Every_corpus_document_the_fast_reader_accepts_reads_as_the_tolerant_path_reads_it()
    {
        var root = SharedData.PathTo(FeedCorpusTests.Corpus)!;
        int documents = 0, accepted = 0;
        var differences = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(root, "manifest.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var path = doc.RootElement.GetProperty("path").GetString()!;
            var (contentType, baseUri) = FeedCorpusTests.HttpContext(doc.RootElement, path);
            var bytes = File.ReadAllBytes(Path.Combine(root, path));
            documents++;
            if (FeedParser.ParseFast(bytes, contentType, baseUri) is not { } fast)
                continue;
            accepted++;
            var reference = FeedParser.ParseText(bytes, contentType, baseUri);
            var a = Comparable(fast);
            var b = Comparable(reference);
            if (a != b)
                differences.Add($"{path}\n  fast: {a}\n  text: {b}");
        }
        output.WriteLine($"{documents} documents, {accepted} read by the fast reader, {differences.Count} read differently");
        foreach (var d in differences.Take(20))
            output.WriteLine(d);
        Assert.Empty(differences);
        Assert.True(accepted > documents / 2, $"the fast reader accepted only {accepted} of {documents} documents");
    }

    [Fact]
    public void The_fast_reader_accepts_a_clean_utf8_feed_and_leaves_an_html_entity_to_the_tolerant_path()
    {
        var clean = """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>T &amp; U</title><item><title>A</title></item></channel></rss>"""u8.ToArray();
        var entity = """<rss version="2.0"><channel><title>T&nbsp;U</title><item><title>A</title></item></channel></rss>"""u8.ToArray();

        Assert.Equal("T & U", FeedParser.ParseFast(clean, null, null)?.Title);
        Assert.Null(FeedParser.ParseFast(entity, null, null));
        Assert.Equal("T\u00a0U", FeedParser.Parse(entity).Title);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\">\r\n<channel>\r\n<title>Line\r\nbreaks\rhere</title>\r\n<item><title>A</title><description><![CDATA[<p>one\r\ntwo</p>]]></description></item></channel></rss>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>A</title><enclosure url=\"http://e.example/a b\tc\n.mp3\" type=\"audio/mpeg\" length=\"1\"/><link>http://e.example/&#x41;&#66;</link></item></channel></rss>")]
    [InlineData("<?xml version='1.0' standalone='yes'?><!-- c --><?xml-stylesheet href='s.xsl'?><feed xmlns='http://www.w3.org/2005/Atom' xml:lang='de' xml:base='http://e.example/a/'><title type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>X <b>bold</b> &amp; <i>it</i></div></title><entry xml:base='b/'><id>/rel</id><title>E</title><link href='c.html'/><content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p class='x'>P<!-- no --> &lt;q&gt;</p><br/></div></content><summary type='html'>&lt;b&gt;s&lt;/b&gt;</summary></entry></feed>")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"http://e.example/\"><title>R</title></channel><item rdf:about=\"http://e.example/1\"><title>I</title><dc:date>2026-01-02T03:04:05+01:00</dc:date><dc:creator>  Ann  </dc:creator></item></rdf:RDF>")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><title type=\"html\">&lt;em&gt;Hi&lt;/em&gt; there</title><author><name>N</name><email>e@x</email></author><category term=\"a\"/><category label=\"b\"/><link rel=\"enclosure\" href=\"http://e.example/f.mp3\" length=\"5\"/><content type=\"html\">x<b xmlns=\"http://www.w3.org/1999/xhtml\">y</b></content></entry></feed>\n<!-- after -->\n")]
    public void Tricky_but_clean_documents_read_the_same_both_ways(string xml)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(xml);
        var fast = FeedParser.ParseFast(bytes, null, null);

        Assert.NotNull(fast);
        Assert.Equal(Comparable(FeedParser.ParseText(bytes, null, null)), Comparable(fast));
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>&#147;Quoted&#148; and more</title></item></channel></rss>")]
    [InlineData("<rss version=\"2.0\"><channel><title>T</title><item><title>\u0093Quoted\u0094 and more</title></item></channel></rss>")]
    public void C1_controls_from_bytes_or_references_are_repaired_on_the_fast_path_too(string xml)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(xml);
        var fast = FeedParser.ParseFast(bytes, null, null);

        Assert.NotNull(fast);
        Assert.Equal("\u201CQuoted\u201D and more", Assert.Single(fast.Entries).Title);
        Assert.Contains(fast.Problems, p => p.Contains("C1", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<rss><channel><title>T</titl></channel></rss>")]
    [InlineData("<rss><channel><title a='1' a='2'>T</title></channel></rss>")]
    [InlineData("<rss><channel><x:title>T</x:title></channel></rss>")]
    [InlineData("<rss><channel><title>T ]]> U</title></channel></rss>")]
    [InlineData("<rss><channel><title>T</title></channel></rss><rss/>")]
    [InlineData("<rss><channel><title>T</title></channel>")]
    [InlineData("<rss><channel><title>&#0;</title></channel></rss>")]
    [InlineData("<rss><channel><title x=\"<\">T</title></channel></rss>")]
    public void Documents_the_fast_reader_cannot_read_exactly_go_to_the_tolerant_path(string xml)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(xml);

        Assert.Null(FeedParser.ParseFast(bytes, null, null));
        Assert.NotNull(FeedParser.Parse(bytes));
    }

    [Theory]
    [InlineData("rss2.xml")]
    [InlineData("atom10.xml")]
    [InlineData("atom03.xml")]
    [InlineData("rdf.xml")]
    [InlineData("bad-dates.xml")]
    public void Damaged_copies_the_fast_reader_accepts_read_as_the_tolerant_path_reads_them(string fixture)
    {
        // A differential check: bytes that matter to XML are inserted, removed or replaced at random (fixed seed); every
        // copy the fast reader accepts must read as the tolerant path reads it, so the fast reader is never more lenient.
        var original = Fixture.Bytes(fixture);
        var seed = int.TryParse(Environment.GetEnvironmentVariable("NEWSBOT_DAMAGE_SEED"), out var s0) ? s0 : 7919;
        var random = new Random(fixture.Length * seed);
        ReadOnlySpan<byte> alphabet = "<>&;\"'/ =:]#xX\r\n\t?!-[\u00e9"u8;
        int accepted = 0, cases = int.TryParse(Environment.GetEnvironmentVariable("NEWSBOT_DAMAGE_CASES"), out var n0) ? n0 : 1000;
        var differences = new List<string>();
        for (var n = 0; n < cases; n++)
        {
            var bytes = new List<byte>(original);
            for (var edits = random.Next(1, 4); edits > 0; edits--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0: bytes.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                    case 1: bytes.RemoveAt(at); break;
                    default: bytes[at] = alphabet[random.Next(alphabet.Length)]; break;
                }
            }
            var damaged = bytes.ToArray();
            if (FeedParser.ParseFast(damaged, null, null) is not { } fast)
                continue;
            accepted++;
            var reference = Comparable(FeedParser.ParseText(damaged, null, null));
            if (Comparable(fast) != reference)
                differences.Add($"case {n}: {System.Text.Encoding.UTF8.GetString(damaged)[..Math.Min(damaged.Length, 400)]}");
        }
        output.WriteLine($"{fixture}: {cases} damaged copies, {accepted} accepted by the fast reader, {differences.Count} read differently");
        foreach (var d in differences.Take(5))
            output.WriteLine(d);
        Assert.Empty(differences);
        Assert.True(accepted > 0, "no damaged copy was accepted, so nothing was compared");
    }

    private static string Comparable(ParsedFeed feed) => JsonSerializer.Serialize(feed with { Problems = [], Encoding = null }, Json);
}
