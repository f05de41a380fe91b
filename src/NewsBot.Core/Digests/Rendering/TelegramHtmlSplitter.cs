using System.Text;

namespace NewsBot.Core.Digests.Rendering;

/// <summary>
/// Cuts Telegram HTML into messages of at most <c>limit</c> visible UTF-16 units. Whole sections (digests) are kept
/// together where they fit; a section that does not is cut at a paragraph, line or word boundary, never inside a tag
/// or entity, with open tags closed before the cut and reopened after it.
/// </summary>
public static class TelegramHtmlSplitter
{
    private const string SectionSeparator = "\n\n";

    public static IReadOnlyList<string> Pack(IEnumerable<string> sections, int limit = TelegramHtml.MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        var messages = new List<string>();
        var current = new StringBuilder();
        var currentLength = 0;
        foreach (var section in sections)
        {
            var length = TelegramHtml.VisibleLength(section);
            if (length == 0)
                continue;
            if (current.Length > 0 && currentLength + SectionSeparator.Length + length <= limit)
            {
                current.Append(SectionSeparator).Append(section);
                currentLength += SectionSeparator.Length + length;
                continue;
            }
            if (current.Length > 0)
                messages.Add(current.ToString());
            current.Clear();
            var parts = length > limit ? Split(section, limit) : [section];
            messages.AddRange(parts.Take(parts.Count - 1));
            current.Append(parts[^1]);
            currentLength = TelegramHtml.VisibleLength(parts[^1]);
        }
        if (current.Length > 0)
            messages.Add(current.ToString());
        return messages;
    }

    /// <summary>Cuts one balanced HTML fragment into pieces that each fit the limit.</summary>
    public static IReadOnlyList<string> Split(string html, int limit = TelegramHtml.MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        var atoms = TelegramHtmlAtoms.Read(html).ToList();
        var pieces = new List<string>();
        var reopen = new List<HtmlAtom>();
        var start = 0;
        while (start < atoms.Count)
        {
            var cut = FindCut(atoms, start, reopen, limit);
            var sb = new StringBuilder();
            foreach (var tag in reopen)
                sb.Append(tag.Raw);
            for (var k = start; k < cut.End; k++)
                sb.Append(atoms[k].Raw);
            for (var k = cut.Stack.Count - 1; k >= 0; k--)
                sb.Append("</").Append(cut.Stack[k].TagName).Append('>');
            if (TelegramHtml.VisibleLength(sb.ToString()) > 0)
                pieces.Add(sb.ToString().Trim());
            reopen = cut.Stack;
            start = cut.Resume;
            while (start < atoms.Count && atoms[start] is { Kind: HtmlAtomKind.Text, Raw: "\n" or " " })
                start++;
        }
        return pieces.Count > 0 ? pieces : [html];
    }

    private sealed record Cut(int End, int Resume, List<HtmlAtom> Stack, int VisibleBefore);

    private static Cut FindCut(List<HtmlAtom> atoms, int start, List<HtmlAtom> reopen, int limit)
    {
        var stack = new List<HtmlAtom>(reopen);
        Cut? paragraph = null, line = null, space = null;
        var visible = 0;
        for (var i = start; i < atoms.Count; i++)
        {
            var atom = atoms[i];
            if (atom.Kind == HtmlAtomKind.Text && visible + atom.Visible > limit)
                return Best(paragraph, line, space, limit) ?? new Cut(i, i, [.. stack], visible);
            switch (atom.Kind)
            {
                case HtmlAtomKind.OpenTag:
                    stack.Add(atom);
                    break;
                case HtmlAtomKind.CloseTag:
                    var at = stack.FindLastIndex(t => t.TagName == atom.TagName);
                    if (at >= 0)
                        stack.RemoveAt(at);
                    break;
                default:
                    if (visible > 0 && atom.Raw == "\n")
                    {
                        if (i > start && atoms[i - 1].Raw == "\n")
                            paragraph = new Cut(i - 1, i + 1, [.. stack], visible - 1);
                        else
                            line = new Cut(i, i + 1, [.. stack], visible);
                    }
                    else if (visible > 0 && atom.Raw == " ")
                        space = new Cut(i, i + 1, [.. stack], visible);
                    break;
            }
            visible += atom.Visible;
        }
        return new Cut(atoms.Count, atoms.Count, [.. stack], visible);
    }

    private static Cut? Best(Cut? paragraph, Cut? line, Cut? space, int limit)
    {
        foreach (var c in new[] { paragraph, line, space })
        {
            if (c is not null && c.VisibleBefore >= limit / 2)
                return c;
        }
        return new[] { paragraph, line, space }.Where(c => c is not null).MaxBy(c => c!.VisibleBefore);
    }
}
