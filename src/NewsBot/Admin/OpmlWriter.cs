using System.Text;
using System.Xml;

namespace NewsBot.Admin;

/// <summary>Writes feeds as an OPML 2.0 document (UTF-8). XmlWriter escapes &amp;, &lt; and quotes; characters XML cannot hold are dropped.</summary>
public static class OpmlWriter
{
    public static string Write(string title, IEnumerable<OpmlFeed> feeds)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, settings))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("opml");
            writer.WriteAttributeString("version", "2.0");
            writer.WriteStartElement("head");
            writer.WriteElementString("title", XmlSafe(title));
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            foreach (var feed in feeds)
            {
                writer.WriteStartElement("outline");
                writer.WriteAttributeString("text", XmlSafe(feed.Title));
                writer.WriteAttributeString("title", XmlSafe(feed.Title));
                writer.WriteAttributeString("type", "rss");
                writer.WriteAttributeString("xmlUrl", XmlSafe(feed.XmlUrl));
                if (!string.IsNullOrWhiteSpace(feed.HtmlUrl))
                    writer.WriteAttributeString("htmlUrl", XmlSafe(feed.HtmlUrl));
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Drops characters XML 1.0 cannot carry (control characters, lone surrogates); keeps every other character.</summary>
    public static string XmlSafe(string value)
    {
        var sb = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                sb.Append(c).Append(value[++i]);
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                sb.Append(c);
            }
        }
        return sb.ToString();
    }
}
