using System.Xml;

namespace NewsBot.Admin;

/// <summary>
/// Reads the feed outlines of an OPML file (any nesting depth). No DTD is processed and nothing is resolved, so an
/// OPML file can neither expand entities nor make the reader open files or URLs. Bad input gives an error, never throws.
/// </summary>
public static class OpmlReader
{
    private const long MaxCharacters = 50_000_000;

    public static OpmlReadResult Read(Stream stream)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            MaxCharactersInDocument = MaxCharacters,
        };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            return ReadOutlines(reader);
        }
        catch (XmlException ex)
        {
            return OpmlReadResult.Failed($"not valid XML (line {ex.LineNumber}, position {ex.LinePosition}): {ex.Message}");
        }
        catch (IOException ex)
        {
            return OpmlReadResult.Failed("cannot read the file: " + ex.Message);
        }
    }

    private static OpmlReadResult ReadOutlines(XmlReader reader)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "opml")
            return OpmlReadResult.Failed($"not an OPML file: the root element is <{reader.LocalName}>, expected <opml>");
        var feeds = new List<OpmlFeed>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "outline")
                continue;
            var xmlUrl = Attribute(reader, "xmlUrl");
            if (xmlUrl is null)
                continue; // a folder or a plain text outline: its children are read as the walk goes on
            var title = Attribute(reader, "title") ?? Attribute(reader, "text") ?? "";
            feeds.Add(new OpmlFeed(title, xmlUrl, Attribute(reader, "htmlUrl")));
        }
        return new OpmlReadResult(feeds, null);
    }

    /// <summary>An attribute by name ignoring case (exporters write xmlUrl, xmlurl or XMLURL), trimmed, null when blank.</summary>
    private static string? Attribute(XmlReader reader, string name)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (string.Equals(reader.LocalName, name, StringComparison.OrdinalIgnoreCase))
            {
                var value = CollapseSpaces(reader.Value);
                reader.MoveToElement();
                return value.Length == 0 ? null : value;
            }
        }
        reader.MoveToElement();
        return null;
    }

    private static string CollapseSpaces(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
