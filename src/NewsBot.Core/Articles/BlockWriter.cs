using System.Text;
using AngleSharp.Dom;

namespace NewsBot.Core.Articles;

/// <summary>Turns an article element into paragraph blocks: block-level elements and line breaks end a block.</summary>
public static class BlockWriter
{
    private const int MaxDepth = 400;

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "button", "select", "option", "input", "textarea",
        "svg", "canvas", "iframe", "object", "embed", "video", "audio", "head", "title", "meta", "link",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
        "table", "thead", "tbody", "tfoot", "tr", "caption", "hr", "address", "details", "summary",
        "center", "form", "fieldset",
    };

    public static List<TextBlock> Write(IElement root)
    {
        var state = new State();
        Walk(root, state, BlockKind.Other, 0);
        state.Flush();
        return state.Blocks;
    }

    private static void Walk(INode node, State state, BlockKind kind, int depth)
    {
        if (depth > MaxDepth)
            return;
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                state.Append(text.Data, kind);
                continue;
            }
            if (child is not IElement element || Skipped.Contains(element.LocalName) || IsHidden(element))
                continue;
            var name = element.LocalName;
            if (name == "br")
            {
                state.Flush();
                continue;
            }
            if (name is "img" or "picture")
            {
                state.SawImage();
                continue;
            }
            if (BlockTags.Contains(name))
            {
                state.Flush();
                Walk(element, state, KindOf(name, kind), depth + 1);
                state.Flush();
                continue;
            }
            if (name is "td" or "th")
            {
                state.Append(" ", kind);
                Walk(element, state, kind, depth + 1);
                state.Append(" ", kind);
                continue;
            }
            if (name == "a")
            {
                var before = state.Length;
                Walk(element, state, kind, depth + 1);
                state.LinkChars += Math.Max(0, state.Length - before);
                continue;
            }
            Walk(element, state, kind, depth + 1);
        }
    }

    private static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || (element.GetAttribute("style") is { } style && style.Replace(" ", "", StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase));

    private static BlockKind KindOf(string tag, BlockKind outer) => tag switch
    {
        "p" => BlockKind.Paragraph,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => BlockKind.Heading,
        "li" or "dd" or "dt" => BlockKind.ListItem,
        "blockquote" => BlockKind.Quote,
        _ => outer == BlockKind.Other ? BlockKind.Other : outer,
    };

    private sealed class State
    {
        private readonly StringBuilder _text = new();
        private BlockKind _kind = BlockKind.Other;
        private bool _pendingSpace;

        public List<TextBlock> Blocks { get; } = [];

        public int LinkChars { get; set; }

        private bool _afterImage;

        /// <summary>An image before any text of the current block: the block's text directly follows it.</summary>
        public void SawImage()
        {
            if (_text.Length == 0)
                _afterImage = true;
        }

        public int Length => _text.Length + (_pendingSpace && _text.Length > 0 ? 1 : 0);

        public void Append(string data, BlockKind kind)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) || c == '\u200b')
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_text.Length == 0)
                    _kind = kind;
                else if (_pendingSpace)
                    _text.Append(' ');
                _pendingSpace = false;
                _text.Append(c);
            }
        }

        public void Flush()
        {
            if (_text.Length > 0)
            {
                Blocks.Add(new TextBlock(_text.ToString(), _kind, Math.Min(LinkChars, _text.Length)) { AfterImage = _afterImage });
                _afterImage = false;
            }
            _text.Clear();
            _pendingSpace = false;
            LinkChars = 0;
        }
    }
}
