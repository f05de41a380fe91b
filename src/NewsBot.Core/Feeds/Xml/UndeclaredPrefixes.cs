using System.Text.RegularExpressions;
using System.Xml;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>Finds namespace prefixes a document uses without declaring, and binds them so the document can still be read.</summary>
internal static partial class UndeclaredPrefixes
{
    public static IReadOnlyList<string> Find(string text)
    {
        var declared = new HashSet<string>(StringComparer.Ordinal) { "xml", "xmlns" };
        foreach (Match m in Declaration().Matches(text))
            declared.Add(m.Groups[1].Value);
        var missing = new List<string>();
        foreach (Match m in Use().Matches(text))
        {
            var prefix = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            if (!declared.Contains(prefix) && !missing.Contains(prefix))
                missing.Add(prefix);
        }
        return missing;
    }

    public static XmlParserContext Context(XmlNameTable names, IEnumerable<string> prefixes)
    {
        var manager = new XmlNamespaceManager(names);
        foreach (var p in prefixes)
            manager.AddNamespace(p, Ns.WellKnownPrefixes.TryGetValue(p, out var uri) ? uri : "urn:newsbot:undeclared:" + p);
        return new XmlParserContext(names, manager, null, XmlSpace.None);
    }

    [GeneratedRegex(@"xmlns:([A-Za-z_][\w.\-]*)\s*=")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"</?([A-Za-z_][\w.\-]*):[A-Za-z_]|\s([A-Za-z_][\w.\-]*):[A-Za-z_][\w.\-]*\s*=\s*[""']")]
    private static partial Regex Use();
}
