using System.Text;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>
/// Names read from UTF-8 bytes as strings, each distinct name allocated once per document. Names the feed readers
/// compare (element and attribute names, namespace URIs) come back as the very string instances of their literals,
/// so the readers' comparisons succeed on the first (reference) check. Unknown names stay local to one document:
/// nothing from a feed is interned process-wide.
/// </summary>
internal sealed class AtomTable
{
    private static readonly AtomTable Known = CreateKnown();

    private Entry[] _slots = new Entry[64];
    private int _count;

    private struct Entry
    {
        public byte[]? Key;
        public string Value;
        public uint Hash;
    }

    /// <summary>The string for these ASCII name bytes.</summary>
    public string Get(ReadOnlySpan<byte> name)
    {
        var hash = Hash(name);
        if (TryFind(name, hash, out var value))
            return value;
        if (!ReferenceEquals(this, Known) && Known.TryFind(name, hash, out var known))
            value = known;
        else
            value = Encoding.UTF8.GetString(name);
        Add(name.ToArray(), value, hash);
        return value;
    }

    private bool TryFind(ReadOnlySpan<byte> name, uint hash, out string value)
    {
        var mask = _slots.Length - 1;
        for (var i = (int)(hash & mask); ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Key is null)
            {
                value = "";
                return false;
            }
            if (slot.Hash == hash && name.SequenceEqual(slot.Key))
            {
                value = slot.Value;
                return true;
            }
        }
    }

    private void Add(byte[] key, string value, uint hash)
    {
        if ((_count + 1) * 2 > _slots.Length)
            Grow();
        var mask = _slots.Length - 1;
        var i = (int)(hash & mask);
        while (_slots[i].Key is not null)
            i = (i + 1) & mask;
        _slots[i] = new Entry { Key = key, Value = value, Hash = hash };
        _count++;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Entry[old.Length * 2];
        _count = 0;
        foreach (var e in old)
            if (e.Key is not null)
                Add(e.Key, e.Value, e.Hash);
    }

    private static uint Hash(ReadOnlySpan<byte> name)
    {
        var h = 2166136261u;
        foreach (var b in name)
            h = (h ^ b) * 16777619u;
        return h;
    }

    private static AtomTable CreateKnown()
    {
        var table = new AtomTable();
        string[] names =
        [
            // Namespace URIs the readers compare.
            Ns.Atom10, Ns.Atom03, Ns.Rdf, Ns.Rss10, Ns.Rss090, Ns.Content, Ns.Dc, Ns.DcTerms, Ns.Media, Ns.ITunes, Ns.Xhtml,
            XmlBase.XmlNamespace, "http://www.w3.org/2000/xmlns/", "",
            // Element and attribute names the readers switch on.
            "rss", "channel", "item", "feed", "entry", "RDF", "CHANNEL", "ITEM", "TITLE", "ABSTRACT", "title", "link", "id",
            "guid", "description", "summary", "content", "encoded", "body", "div", "pubDate", "published", "updated", "issued",
            "modified", "created", "date", "author", "creator", "name", "email", "category", "subject", "enclosure", "image",
            "thumbnail", "group", "keywords", "language", "ttl", "identifier", "href", "HREF", "rel", "type", "length", "url",
            "base", "lang", "about", "term", "label", "mode", "medium", "fileSize", "text", "isPermaLink", "lastmod", "LASTMOD",
            "version", "xmlns", "xml", "dc", "content", "media", "itunes", "atom", "rdf",
        ];
        foreach (var name in names)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            var hash = Hash(bytes);
            if (!table.TryFind(bytes, hash, out _))
                table.Add(bytes, name, hash);
        }
        return table;
    }
}
