using System.Xml;

namespace NewsBot.Core.Feeds.Xml;

/// <summary>The one loop every reader uses to visit child elements.</summary>
internal static class XmlWalk
{
    /// <summary>Calls <paramref name="child"/> at each child element (it must consume it), then moves past the end tag.</summary>
    public static void ForEachChild<TState>(XmlReader r, TState state, Action<XmlReader, TState> child)
    {
        if (r.IsEmptyElement)
        {
            r.Read();
            return;
        }
        var depth = r.Depth;
        r.Read();
        while (!r.EOF && r.Depth > depth)
        {
            if (r.NodeType == XmlNodeType.Element)
                child(r, state);
            else
                r.Read();
        }
        if (r.NodeType == XmlNodeType.EndElement && r.Depth == depth)
            r.Read();
    }
}
