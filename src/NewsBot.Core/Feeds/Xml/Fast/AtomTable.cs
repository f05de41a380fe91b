using System.Text;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>
/// Names read from UTF-8 bytes, each distinct name given a small number and allocated as a string once per
/// document. Names the feed readers compare (element and attribute names, namespace URIs) are the very string
/// instances of their literals, so the readers' comparisons succeed on the first (reference) check. A document's
/// other names stay with its table: nothing from a feed is interned process-wide.
/// </summary>
internal sealed class AtomTable
{
    private static readonly AtomTable Known = CreateKnown();

    /// <summary>Ids of the names the reader itself needs (the empty string is always 0).</summary>
    public static readonly int Xml = Known.Id("xml"u8), Xmlns = Known.Id("xmlns"u8), Lang = Known.Id("lang"u8),
        XmlNamespace = Known.Id(Encoding.UTF8.GetBytes(XmlBase.XmlNamespace)),
        XmlnsNamespace = Known.Id("http://www.w3.org/2000/xmlns/"u8);

    private int[] _slots;
    private byte[][] _keys;
    private string[] _strings;
    private uint[] _hashes;
    private int _count;

    private AtomTable(int capacity)
    {
        _slots = new int[capacity * 2];
        _keys = new byte[capacity][];
        _strings = new string[capacity];
        _hashes = new uint[capacity];
    }

    /// <summary>A table for one document, starting with the known names.</summary>
    public AtomTable()
    {
        _slots = (int[])Known._slots.Clone();
        _keys = (byte[][])Known._keys.Clone();
        _strings = (string[])Known._strings.Clone();
        _hashes = (uint[])Known._hashes.Clone();
        _count = Known._count;
    }

    public string this[int id] => _strings[id];

    // Names and values of up to 16 bytes (most element names, types, rels, categories, authors) are first looked up
    // by their bytes as two numbers in a small direct-mapped cache.
    private readonly (ulong Low, ulong High, int Id)[] _recent = new (ulong, ulong, int)[512];

    /// <summary>The id of these UTF-8 name bytes, adding the name when it is new.</summary>
    public int Id(ReadOnlySpan<byte> name) =>
        name.Length is 0 or > ShortKey.MaxLength ? Lookup(name) : Recent(name, ShortKey.Of(name));

    /// <summary>
    /// As <see cref="Id(ReadOnlySpan{byte})"/> for <paramref name="length"/> bytes of a document at <paramref name="start"/>:
    /// where 16 bytes can be read there, the key comes from two loads instead of a copy.
    /// </summary>
    public int Id(byte[] doc, int start, int length)
    {
        if (length is 0 or > ShortKey.MaxLength || start + ShortKey.MaxLength > doc.Length)
            return Id(doc.AsSpan(start, length));
        return Recent(doc.AsSpan(start, length), ShortKey.Of(doc.AsSpan(start, ShortKey.MaxLength), length));
    }

    private int Recent(ReadOnlySpan<byte> name, (ulong Low, ulong High) key)
    {
        ref var slot = ref _recent[ShortKey.Slot(key.Low, key.High, bits: 9)];
        if (slot.Low == key.Low && slot.High == key.High)
            return slot.Id;
        var id = Lookup(name);
        slot = (key.Low, key.High, id);
        return id;
    }

    private int Lookup(ReadOnlySpan<byte> name)
    {
        var hash = 2166136261u;
        foreach (var b in name)
            hash = (hash ^ b) * 16777619u;
        var mask = _slots.Length - 1;
        for (var i = (int)(hash & mask); ; i = (i + 1) & mask)
        {
            var slot = _slots[i];
            if (slot == 0)
                return Add(name, hash, i);
            var id = slot - 1;
            if (_hashes[id] == hash && name.SequenceEqual(_keys[id]))
                return id;
        }
    }

    public int Id(string value) => Id(Encoding.UTF8.GetBytes(value));

    private int Add(ReadOnlySpan<byte> name, uint hash, int slot)
    {
        if (_count == _strings.Length)
        {
            Grow();
            return Lookup(name);
        }
        var id = _count++;
        _keys[id] = name.ToArray();
        _strings[id] = Encoding.UTF8.GetString(name);
        _hashes[id] = hash;
        _slots[slot] = id + 1;
        return id;
    }

    private void Grow()
    {
        var capacity = _strings.Length * 2;
        Array.Resize(ref _keys, capacity);
        Array.Resize(ref _strings, capacity);
        Array.Resize(ref _hashes, capacity);
        _slots = new int[capacity * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < _count; id++)
        {
            var i = (int)(_hashes[id] & mask);
            while (_slots[i] != 0)
                i = (i + 1) & mask;
            _slots[i] = id + 1;
        }
    }

    private static AtomTable CreateKnown()
    {
        var table = new AtomTable(capacity: 128);
        string[] names =
        [
            "",
            // Namespace URIs the readers compare.
            Ns.Atom10, Ns.Atom03, Ns.Rdf, Ns.Rss10, Ns.Rss090, Ns.Content, Ns.Dc, Ns.DcTerms, Ns.Media, Ns.ITunes, Ns.Xhtml,
            XmlBase.XmlNamespace, "http://www.w3.org/2000/xmlns/",
            // Element and attribute names the readers switch on, and common prefixes.
            "rss", "channel", "item", "feed", "entry", "RDF", "CHANNEL", "ITEM", "TITLE", "ABSTRACT", "title", "link", "id",
            "guid", "description", "summary", "content", "encoded", "body", "div", "pubDate", "published", "updated", "issued",
            "modified", "created", "date", "author", "creator", "name", "email", "category", "subject", "enclosure", "image",
            "thumbnail", "group", "keywords", "language", "ttl", "identifier", "href", "HREF", "rel", "type", "length", "url",
            "base", "lang", "about", "term", "label", "mode", "medium", "fileSize", "text", "isPermaLink", "lastmod", "LASTMOD",
            "version", "encoding", "standalone", "xmlns", "xml", "dc", "media", "itunes", "atom", "rdf",
        ];
        foreach (var name in names)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            var id = table.Id(bytes);
            table._strings[id] = name;
        }
        return table;
    }
}
