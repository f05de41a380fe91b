using System.Globalization;
using System.Xml;

namespace NewsBot.Core.Feeds;

/// <summary>Bytes to the normalized feed model. Never throws: what could not be read is listed in Problems.</summary>
public static class FeedParser
{
    public static ParsedFeed Parse(byte[] bytes, string? contentType = null, Uri? baseUri = null)
    {
        var problems = new List<string>();
        var entries = new List<FeedEntry>();
        string? title = null, link = null, format = "unknown";
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
            FeedEntryBuilder? current = null;
            // Reading an element's content leaves the reader on the node after it: that node is not skipped
            // (in compact XML without whitespace between elements it is the next field).
            var positioned = false;
            string Content()
            {
                positioned = true;
                return reader.ReadElementContentAsString();
            }
            while (positioned || reader.Read())
            {
                positioned = false;
                if (reader.NodeType != XmlNodeType.Element)
                    continue;
                switch (reader.LocalName)
                {
                    case "rss": format = "rss"; break;
                    case "feed": format = "atom"; break;
                    case "item" or "entry":
                        if (current is not null) entries.Add(current.Build());
                        current = new FeedEntryBuilder();
                        break;
                    case "title":
                        var t = Content();
                        if (current is null) title ??= t; else current.Title = t;
                        break;
                    case "link":
                        var href = reader.GetAttribute("href") ?? Content();
                        if (current is null) link ??= href; else current.Link ??= href;
                        break;
                    case "guid" or "id" when current is not null: current.Id = Content(); break;
                    case "description" or "summary" when current is not null: current.Summary = Content(); break;
                    case "encoded" or "content" when current is not null: current.Content = Content(); break;
                    case "pubDate" or "published" or "updated" when current is not null:
                        if (DateTimeOffset.TryParse(Content(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
                            current.Published ??= d;
                        break;
                }
            }
            if (current is not null) entries.Add(current.Build());
        }
        catch (XmlException ex)
        {
            problems.Add($"xml: {ex.Message}");
        }
        return new ParsedFeed { Format = format, Title = title, Link = link, Entries = entries, Problems = problems };
    }

    private sealed class FeedEntryBuilder
    {
        public string? Id, Link, Title, Summary, Content;
        public DateTimeOffset? Published;
        public FeedEntry Build() => new() { Id = Id, Link = Link, Title = Title, Summary = Summary, Content = Content, Published = Published };
    }
}
