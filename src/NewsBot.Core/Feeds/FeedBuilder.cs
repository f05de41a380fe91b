using NewsBot.Core.Feeds.Charsets;

namespace NewsBot.Core.Feeds;

/// <summary>
/// Mutable collector the format readers fill while streaming. An entry is finished when the next one starts
/// (or the feed is built), so a document cut off mid-item still yields what was read of it.
/// </summary>
internal sealed class FeedBuilder
{
    public string Format = "unknown";
    public string? Title, Link, Language, Encoding;
    /// <summary>Namespace of the root element; RSS/Atom element names in it are read like un-namespaced ones.</summary>
    public string RootNamespace = "";
    public int? TtlMinutes;
    public readonly List<string> Problems = [];
    /// <summary>False when the document cannot hold a C1 control character (checked once on its bytes), so the per-field check is skipped.</summary>
    public bool MayHaveC1 = true;
    private readonly List<FeedEntry> _entries = [];
    private EntryBuilder? _current;
    private int _c1Count;

    /// <summary>Entry elements met, including ones that carried nothing this model holds (those are dropped).</summary>
    public int EntriesStarted { get; private set; }

    /// <summary>Entries read so far, counting one still being read.</summary>
    public int EntryCount => _entries.Count + (_current is { IsEmpty: false } ? 1 : 0);

    public EntryBuilder StartEntry()
    {
        FinishEntry();
        EntriesStarted++;
        return _current = new EntryBuilder();
    }

    public void FinishEntry()
    {
        if (_current is { IsEmpty: false } e)
        {
            if (MayHaveC1)
                FixC1(e);
            _entries.Add(e.Build());
        }
        _current = null;
    }

    private void FixC1(EntryBuilder e)
    {
        e.Title = C1Controls.Fix(e.Title, ref _c1Count);
        e.MediaTitle = C1Controls.Fix(e.MediaTitle, ref _c1Count);
        e.Author = C1Controls.Fix(e.Author, ref _c1Count);
        e.Summary = C1Controls.Fix(e.Summary, ref _c1Count);
        e.MediaDescription = C1Controls.Fix(e.MediaDescription, ref _c1Count);
        e.Content = C1Controls.Fix(e.Content, ref _c1Count);
    }

    public void Problem(string message)
    {
        if (Problems.Count < 100)
            Problems.Add(message);
    }

    public ParsedFeed Build()
    {
        FinishEntry();
        var title = C1Controls.Fix(Title, ref _c1Count);
        if (_c1Count > 0)
            Problem($"charset: {_c1Count} C1 control character(s) read as windows-1252");
        return new ParsedFeed
        {
            Format = Format,
            Title = title,
            Link = Link,
            Language = Language?.Replace('_', '-'),
            TtlMinutes = TtlMinutes,
            Encoding = Encoding,
            Entries = _entries,
            Problems = Problems,
        };
    }
}

internal sealed class EntryBuilder
{
    public string? Id, Link, Title, Author, Summary, Content, ImageUrl;
    /// <summary>Media RSS title/description, used only when the item has no title/description of its own.</summary>
    public string? MediaTitle, MediaDescription;
    public DateTimeOffset? Published, Updated;
    /// <summary>Atom 0.3 &lt;created&gt;: the published date when there is no issued/published.</summary>
    public DateTimeOffset? Created;
    public List<string>? Categories;
    public List<FeedEnclosure>? Enclosures;

    /// <summary>Nothing was read (e.g. a document cut off right after &lt;item&gt;); such entries are dropped.</summary>
    public bool IsEmpty => Id is null && Link is null && Title is null && MediaTitle is null && MediaDescription is null && Author is null && Summary is null && Content is null
                           && ImageUrl is null && Published is null && Updated is null && Created is null && Categories is null && Enclosures is null;

    public void AddCategory(string? term)
    {
        if (string.IsNullOrWhiteSpace(term)) return;
        Categories ??= [];
        term = term.Trim();
        if (!Categories.Contains(term))
            Categories.Add(term);
    }

    public void AddEnclosure(string? url, string? type, string? length)
    {
        if (string.IsNullOrWhiteSpace(url)) return;
        Enclosures ??= [];
        long? len = long.TryParse(length, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var l) && l >= 0 ? l : null;
        foreach (var existing in Enclosures)
            if (existing.Url == url) return;
        Enclosures.Add(new FeedEnclosure(url, string.IsNullOrWhiteSpace(type) ? null : type.Trim(), len));
    }

    public FeedEntry Build() => new()
    {
        Id = Id,
        Link = Link,
        Title = Title ?? MediaTitle,
        Author = Author,
        Published = Published ?? Created,
        Updated = Updated,
        Summary = Summary ?? MediaDescription,
        Content = Content,
        Categories = Categories ?? (IReadOnlyList<string>)[],
        ImageUrl = ImageUrl ?? FirstImageEnclosure(),
        Enclosures = Enclosures ?? (IReadOnlyList<FeedEnclosure>)[],
    };

    private string? FirstImageEnclosure() =>
        Enclosures?.Find(e => e.MediaType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true)?.Url;
}

/// <summary>Keeps the first value a feed gives for a field. The value is always computed, so the element is always consumed.</summary>
internal static class First
{
    public static void Keep<T>(ref T? field, T? value) where T : class => field ??= value;

    public static void Keep<T>(ref T? field, T? value) where T : struct => field ??= value;
}
