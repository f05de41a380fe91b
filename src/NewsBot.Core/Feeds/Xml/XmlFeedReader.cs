using System.Xml;
using NewsBot.Core.Feeds.Atom;
using NewsBot.Core.Feeds.Cdf;
using NewsBot.Core.Feeds.Rdf;
using NewsBot.Core.Feeds.Rss;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>
/// Reads an XML feed document: repairs entities, then streams it with a safe XmlReader (no DTD processing, no
/// resolver) into the reader for its root element. A document that breaks off keeps what was read before the
/// break; one that uses undeclared namespace prefixes is read again with those prefixes bound.
/// </summary>
internal static class XmlFeedReader
{
    public static FeedBuilder Read(string text, Uri? baseUri, List<string> problems)
    {
        text = MisplacedDeclaration(text, problems);
        text = EntityRepair.Repair(text, problems);

        var first = Attempt(new StringReader(text), baseUri, prefixes: null, out var error);
        if (error is null)
            return first;
        var prefixes = UndeclaredPrefixes.Find(text);
        if (prefixes.Count > 0)
        {
            var second = Attempt(new StringReader(text), baseUri, prefixes, out var error2);
            if (error2 is null || second.EntryCount >= first.EntryCount)
            {
                second.Problems.Insert(0, $"xml: undeclared namespace prefix(es) {string.Join(", ", prefixes)}; bound and read again");
                if (error2 is not null)
                    second.Problems.Add(Describe(error2, second));
                return second;
            }
        }
        first.Problems.Add(Describe(error, first));
        return first;
    }

    /// <summary>
    /// Reads clean UTF-8 straight from the bytes with the fast reader (no decoding to a string first). Returns null
    /// when the document needs more than it handles (repairs, a DTD, other markup errors), so the caller can take
    /// the repairing text path instead.
    /// </summary>
    public static FeedBuilder? TryReadUtf8(byte[] bytes, int start, Uri? baseUri, Fast.DocumentTraits traits)
    {
        var feed = new FeedBuilder { MayHaveC1 = traits.MayHaveC1 };
        try
        {
            using var reader = new Fast.Utf8XmlReader(bytes, start, traits);
            ReadDocument(reader, feed, baseUri);
            return feed;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static FeedBuilder Attempt(TextReader input, Uri? baseUri, IReadOnlyList<string>? prefixes, out XmlException? error)
    {
        var feed = new FeedBuilder();
        error = null;
        var names = KnownNames();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = false,
            NameTable = names,
        };
        try
        {
            var context = prefixes is null ? null : UndeclaredPrefixes.Context(names, prefixes);
            using var reader = XmlReader.Create(input, settings, context);
            ReadDocument(reader, feed, baseUri);
        }
        catch (XmlException ex)
        {
            error = ex;
        }
        return feed;
    }

    /// <summary>A name table seeded with the namespace URIs the readers compare, so those compare by reference.</summary>
    private static NameTable KnownNames()
    {
        var names = new NameTable();
        foreach (var ns in (ReadOnlySpan<string>)[Ns.Atom10, Ns.Atom03, Ns.Rdf, Ns.Rss10, Ns.Rss090, Ns.Content, Ns.Dc, Ns.DcTerms, Ns.Media, Ns.ITunes, Ns.Xhtml, XmlBase.XmlNamespace])
            names.Add(ns);
        return names;
    }

    private static void ReadDocument(XmlReader r, FeedBuilder feed, Uri? baseUri)
    {
        if (r.MoveToContent() != XmlNodeType.Element)
        {
            feed.Problem("xml: no root element");
            return;
        }
        feed.RootNamespace = r.NamespaceURI;
        switch (r.LocalName)
        {
            case "rss": RssChannelReader.ReadRoot(r, feed, baseUri); break;
            case "RDF": RdfReader.ReadRoot(r, feed, baseUri); break;
            case "feed": AtomReader.ReadRoot(r, feed, baseUri); break;
            case "channel": RssChannelReader.ReadChannel(r, feed, baseUri); feed.Format = "rss"; break;
            case "CHANNEL": CdfReader.ReadChannel(r, feed, baseUri); break;
            default: feed.Problem($"xml: root element <{r.Name}> is not a known feed format"); break;
        }
        // Anything after the root (junk, a second root) is ignored; reading it only finds errors.
    }

    private static string Describe(XmlException ex, FeedBuilder feed) =>
        $"xml: {ex.Message} (kept {feed.EntryCount} entries read before it)";

    /// <summary>An XML declaration after a comment or blank lines is an error for XmlReader; it has done its job (charset), so drop it.</summary>
    private static string MisplacedDeclaration(string text, List<string> problems)
    {
        var at = text.AsSpan(0, Math.Min(text.Length, 4096)).IndexOf("<?xml", StringComparison.Ordinal);
        if (at <= 0)
            return text;
        var end = text.IndexOf("?>", at, StringComparison.Ordinal);
        if (end < 0)
            return text;
        if (text.AsSpan(0, at).Trim().Length > 0)
            problems.Add("xml: XML declaration not at the start of the document; ignored");
        return string.Concat(text.AsSpan(0, at), text.AsSpan(end + 2));
    }
}
