using System.Text.Json;
using NewsBot.Core.Feeds.Dates;
using NewsBot.Core.Feeds.Xml;

namespace NewsBot.Core.Feeds.JsonFeed;

/// <summary>JSON Feed 1.0 and 1.1 (https://jsonfeed.org) into the normalized model.</summary>
internal static class JsonFeedReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static FeedBuilder Read(string text, Uri? baseUri)
    {
        var feed = new FeedBuilder { Format = "json" };
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, Options);
        }
        catch (JsonException ex)
        {
            feed.Problem($"json: {ex.Message}");
            return feed;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                feed.Problem("json: the document is not an object");
                return feed;
            }
            var feedUrl = Str(root, "feed_url");
            if (baseUri is null && feedUrl is not null && Uri.TryCreate(feedUrl, UriKind.Absolute, out var fu))
                baseUri = fu;
            feed.Title = XmlContent.PlainText(Str(root, "title"));
            feed.Link = XmlBase.Resolve(baseUri, Str(root, "home_page_url"));
            feed.Language = Str(root, "language");
            if (root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in items.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object)
                        ReadItem(item, feed, baseUri);
                }
            }
            else
            {
                feed.Problem("json: no items array");
            }
        }
        return feed;
    }

    private static void ReadItem(JsonElement item, FeedBuilder feed, Uri? baseUri)
    {
        var e = feed.StartEntry();
        e.Id = item.TryGetProperty("id", out var id) ? id.ValueKind switch
        {
            JsonValueKind.String => XmlContent.NullIfEmpty(id.GetString()),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        } : null;
        e.Link = XmlBase.Resolve(baseUri, Str(item, "url") ?? Str(item, "external_url"));
        e.Title = XmlContent.PlainText(Str(item, "title"));
        e.Summary = XmlContent.NullIfEmpty(Str(item, "summary"));
        var html = Str(item, "content_html");
        var text = Str(item, "content_text");
        e.Content = XmlContent.NullIfEmpty(html) ?? (text is null ? null : XmlContent.NullIfEmpty(XmlContent.TextAsHtml(text)));
        e.Published = Date(item, "date_published", feed);
        e.Updated = Date(item, "date_modified", feed);
        e.ImageUrl = XmlBase.Resolve(baseUri, Str(item, "image") ?? Str(item, "banner_image"));
        e.Author = Author(item);
        if (item.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in tags.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String) e.AddCategory(t.GetString());
        }
        if (item.TryGetProperty("attachments", out var atts) && atts.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in atts.EnumerateArray())
            {
                if (a.ValueKind != JsonValueKind.Object) continue;
                var size = a.TryGetProperty("size_in_bytes", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetRawText() : null;
                e.AddEnclosure(XmlBase.Resolve(baseUri, Str(a, "url")), Str(a, "mime_type"), size);
            }
        }
    }

    /// <summary>1.1 "authors" (first with a name), else 1.0 "author".</summary>
    private static string? Author(JsonElement item)
    {
        if (item.TryGetProperty("authors", out var authors) && authors.ValueKind == JsonValueKind.Array)
        {
            foreach (var a in authors.EnumerateArray())
                if (a.ValueKind == JsonValueKind.Object && Str(a, "name") is { } n) return n;
        }
        return item.TryGetProperty("author", out var author) && author.ValueKind == JsonValueKind.Object ? Str(author, "name") : null;
    }

    private static DateTimeOffset? Date(JsonElement item, string name, FeedBuilder feed)
    {
        var text = Str(item, name);
        var date = FeedDate.Parse(text, out var problem);
        if (problem is not null) feed.Problem(problem);
        return date;
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? XmlContent.NullIfEmpty(v.GetString()?.Trim()) : null;
}
