using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Core.Feeds;
using NewsBot.Core.Feeds.Dates;
using NewsBot.Core.Text;

namespace NewsBot.Tests.Feeds;

/// <summary>
/// One "field OP literal" check of the feedparser corpus manifest, mapped onto our model. Fields our model does
/// not carry are out of scope (<see cref="TryEvaluate"/> returns false). Text is compared as text: our HTML
/// fields (summary, content) with tags dropped and entities decoded, our plain-text fields as they are; the
/// expected value may be feedparser's HTML or plain text (it depends on the content type), so both readings
/// of it are accepted. Whitespace is collapsed everywhere.
/// </summary>
public static partial class CorpusCheck
{
    /// <summary>Which manifest fields map to which model field (for the report).</summary>
    public static readonly IReadOnlyDictionary<string, string> Mapping = new Dictionary<string, string>
    {
        ["feed.title, feed.title_detail.value"] = "ParsedFeed.Title",
        ["feed.link"] = "ParsedFeed.Link",
        ["feed.language"] = "ParsedFeed.Language",
        ["feed.ttl"] = "ParsedFeed.TtlMinutes",
        ["len(entries)"] = "Entries.Count",
        ["entries[i].title, .title_detail.value"] = "FeedEntry.Title",
        ["entries[i].link"] = "FeedEntry.Link",
        ["entries[i].id, .guid"] = "FeedEntry.Id",
        ["entries[i].author"] = "FeedEntry.Author",
        ["entries[i].published, .published_parsed"] = "FeedEntry.Published",
        ["entries[i].updated, .updated_parsed"] = "FeedEntry.Updated",
        ["entries[i].description, .summary, .summary_detail.value"] = "FeedEntry.Summary ?? FeedEntry.Content",
        ["entries[i].content[0].value"] = "FeedEntry.Content",
        ["entries[i].tags[k].term, .category"] = "FeedEntry.Categories[k]",
        ["entries[i].enclosures[k].href/.url/.type/.length"] = "FeedEntry.Enclosures[k]",
        ["entries[i].image.href"] = "FeedEntry.ImageUrl",
    };

    /// <summary>False when the field is not one our model carries; otherwise whether the check passed.</summary>
    public static bool TryEvaluate(JsonElement check, ParsedFeed feed, out bool passed)
    {
        passed = false;
        var field = check.GetProperty("field").GetString()!;
        var op = check.GetProperty("op").GetString()!;
        var expected = check.GetProperty("value");
        if (!TryResolve(field, feed, out var actual, out var isDate, out var isHtml))
            return false;
        bool equal;
        if (expected.ValueKind is JsonValueKind.Null or JsonValueKind.False or JsonValueKind.True)
            equal = expected.ValueKind == JsonValueKind.Null ? IsEmpty(actual) : false;
        else if (expected.ValueKind == JsonValueKind.Array && isDate)
            equal = actual is DateTimeOffset d && SameTuple(d, expected);
        else if (expected.ValueKind == JsonValueKind.Number)
            equal = actual is not null && Convert.ToInt64(actual, CultureInfo.InvariantCulture) == expected.GetInt64();
        else if (expected.ValueKind == JsonValueKind.String && isDate)
            equal = actual is DateTimeOffset d2 && FeedDate.Parse(expected.GetString(), out _) == d2;
        else if (expected.ValueKind == JsonValueKind.String)
            equal = SameText(actual as string ?? actual?.ToString(), isHtml, expected.GetString());
        else
            return false;
        passed = op switch
        {
            "==" or "is" => equal,
            "!=" => !equal,
            _ => false,
        };
        return op is "==" or "is" or "!=";
    }

    private static bool TryResolve(string field, ParsedFeed feed, out object? actual, out bool isDate, out bool isHtml)
    {
        actual = null;
        isDate = false;
        isHtml = false;
        switch (field)
        {
            case "feed.title" or "feed.title_detail.value": actual = feed.Title; return true;
            case "feed.link": actual = feed.Link; return true;
            case "feed.language": actual = feed.Language; return true;
            case "feed.ttl": actual = feed.TtlMinutes?.ToString(CultureInfo.InvariantCulture); return true;
            case "len(entries)": actual = feed.Entries.Count; return true;
        }
        var m = EntryField().Match(field);
        if (!m.Success)
            return false;
        var index = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var e = index < feed.Entries.Count ? feed.Entries[index] : null;
        var inner = InnerIndex().Match(m.Groups[2].Value);
        var k = inner.Success ? int.Parse(inner.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var rest = InnerIndex().Replace(m.Groups[2].Value, "[#]");
        switch (rest)
        {
            case "title" or "title_detail.value": actual = e?.Title; return true;
            case "link": actual = e?.Link; return true;
            case "id" or "guid": actual = e?.Id; return true;
            case "author": actual = e?.Author; return true;
            case "published" or "published_parsed": actual = e?.Published; isDate = true; return true;
            case "updated" or "updated_parsed": actual = e?.Updated; isDate = true; return true;
            case "description" or "summary" or "summary_detail.value": actual = e?.Summary ?? e?.Content; isHtml = true; return true;
            case "content[#].value" when k == 0: actual = e?.Content; isHtml = true; return true;
            case "tags[#].term": actual = e is not null && k < e.Categories.Count ? e.Categories[k] : null; return true;
            case "category": actual = e?.Categories.FirstOrDefault(); return true;
            case "enclosures[#].href" or "enclosures[#].url": actual = Enclosure(e, k)?.Url; return true;
            case "enclosures[#].type": actual = Enclosure(e, k)?.MediaType; return true;
            case "enclosures[#].length": actual = Enclosure(e, k)?.Length; return true;
            case "image.href": actual = e?.ImageUrl; return true;
            default: return false;
        }
    }

    private static FeedEnclosure? Enclosure(FeedEntry? e, int k) => e is not null && k < e.Enclosures.Count ? e.Enclosures[k] : null;

    private static bool IsEmpty(object? o) => o is null || (o is string s && s.Length == 0);

    private static bool SameTuple(DateTimeOffset d, JsonElement tuple)
    {
        var u = d.UtcDateTime;
        int[] want = [.. tuple.EnumerateArray().Take(6).Select(x => x.GetInt32())];
        return want.Length == 6 && u.Year == want[0] && u.Month == want[1] && u.Day == want[2]
               && u.Hour == want[3] && u.Minute == want[4] && u.Second == want[5];
    }

    private static bool SameText(string? actual, bool actualIsHtml, string? expected)
    {
        var ours = actualIsHtml ? AsText(actual) : Collapse(actual);
        return ours == AsText(expected) || ours == Collapse(expected);
    }

    private static string Collapse(string? s) => Spaces().Replace(s ?? "", " ").Trim();

    /// <summary>Text-equivalent form: tags dropped, entities decoded, all whitespace (incl. no-break space) collapsed.</summary>
    public static string AsText(string? s) => Spaces().Replace(Html.ToText(s ?? ""), " ").Trim();

    [GeneratedRegex(@"^entries\[(\d+)\]\.(.+)$")]
    private static partial Regex EntryField();

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex InnerIndex();

    [GeneratedRegex(@"[\s\u00A0]+")]
    private static partial Regex Spaces();
}
