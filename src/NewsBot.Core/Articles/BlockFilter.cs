namespace NewsBot.Core.Articles;

/// <summary>
/// Drops furniture blocks from an article's block list: known furniture lines, link lists, short lines repeated
/// on the page, and short stray lines (bylines, dates, sections) before the first and after the last paragraph.
/// </summary>
public static class BlockFilter
{
    /// <summary>A block with at least this many words reads as running text.</summary>
    private const int ParagraphWords = 10;

    /// <summary>Kept blocks in order. <paramref name="known"/> holds texts the page itself marks as furniture
    /// (title, site name, image alt texts) in <see cref="FurnitureKey"/> form.</summary>
    public static List<TextBlock> Filter(IReadOnlyList<TextBlock> blocks, IReadOnlySet<string>? known = null)
    {
        var counts = blocks.GroupBy(b => b.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var kept = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (!HasLetters(block.Text) || FurnitureLines.IsFurniture(block.Text) || IsLinkList(block) || IsKnown(block, known) || IsCaption(block))
                continue;
            if (counts[block.Text] > 1 && block.Words < ParagraphWords && !EndsSentence(block.Text))
                continue;
            if (!seen.Add(block.Text))
                continue;
            kept.Add(block);
        }
        return TrimEdges(kept);
    }

    /// <summary>Lower-case words joined by single spaces: the form in which page texts are compared.</summary>
    public static string FurnitureKey(string text)
    {
        var key = new System.Text.StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && key.Length > 0)
                    key.Append(' ');
                key.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return key.ToString();
    }

    private static bool IsKnown(TextBlock block, IReadOnlySet<string>? known)
    {
        if (known is null || known.Count == 0 || block.Words > 60)
            return false;
        var key = FurnitureKey(block.Text);
        if (known.Contains(key))
            return true;
        // a caption that repeats the image's alt text and then adds a credit
        foreach (var text in known)
        {
            if (text.Length >= 30 && key.Length > text.Length && key.StartsWith(text, StringComparison.Ordinal) && key[text.Length] == ' ')
                return true;
        }
        return false;
    }

    /// <summary>Short text right after an image, outside any paragraph, heading or list: a caption.</summary>
    private static bool IsCaption(TextBlock block) =>
        block.AfterImage && block.Kind == BlockKind.Other && block.Words < CaptionWords;

    private const int CaptionWords = 30;

    private static bool IsLinkList(TextBlock block) =>
        block.LinkDensity > 0.9
        || (block.LinkDensity > 0.6 && block.Words < 25)
        || (block.LinkDensity > 0.35 && block.Words < ParagraphWords && block.Kind != BlockKind.Heading);

    /// <summary>
    /// Drops up to <see cref="MaxStrayLines"/> short lines before the first and after the last paragraph; a longer
    /// run of short lines at an edge is a list that belongs to the story and is kept.
    /// </summary>
    private static List<TextBlock> TrimEdges(List<TextBlock> blocks)
    {
        var first = 0;
        while (first < blocks.Count && IsLeadingStray(blocks[first]))
            first++;
        if (first > MaxStrayLines)
            first = 0;
        var last = TrimTrailingStrays(blocks, first, blocks.Count - 1);
        var links = TrailingLinkList(blocks, first, last);
        if (links < last)
            last = TrimTrailingStrays(blocks, first, links);
        return blocks.GetRange(first, last - first + 1);
    }

    private static int TrimTrailingStrays(List<TextBlock> blocks, int first, int last)
    {
        var end = last;
        while (end >= first && IsStrayLine(blocks[end], TrailingStrayWords))
            end--;
        return last - end > MaxStrayLines ? last : end;
    }

    /// <summary>
    /// Index of the last block before a closing run of 2+ list items that are largely links ("More stories" boxes),
    /// or <paramref name="last"/> when the story does not end that way.
    /// </summary>
    private static int TrailingLinkList(List<TextBlock> blocks, int first, int last)
    {
        var start = last;
        var linked = 0.0;
        while (start >= first && blocks[start].Kind == BlockKind.ListItem && blocks[start].LinkDensity >= 0.25)
        {
            linked += blocks[start].LinkDensity;
            start--;
        }
        var count = last - start;
        return count >= 2 && linked / count >= 0.3 ? start : last;
    }

    private const int MaxStrayLines = 3;

    private const int LeadingStrayWords = 6;

    private const int TrailingStrayWords = 10;

    /// <summary>A short line that is no heading, or a long heading (a standfirst that repeats the summary).</summary>
    private static bool IsLeadingStray(TextBlock block) =>
        block.Kind == BlockKind.Heading ? block.Words >= StandfirstWords : IsStrayLine(block, LeadingStrayWords);

    private const int StandfirstWords = 15;

    private static bool IsStrayLine(TextBlock block, int maxWords) =>
        block.Words <= maxWords && block.Kind != BlockKind.ListItem && !EndsSentence(block.Text);

    private static bool EndsSentence(string text)
    {
        var end = text.TrimEnd('"', '\'', '”', '’', ')', '»', ' ', '」', '』', '）');
        return end.Length > 0 && end[^1] is '.' or '!' or '?' or '…' or ':' or '。' or '！' or '？' or '：';
    }

    private static bool HasLetters(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
                return true;
        }
        return false;
    }
}
