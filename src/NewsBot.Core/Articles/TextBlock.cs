namespace NewsBot.Core.Articles;

/// <summary>What kind of element a block of article text came from.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Other,
}

/// <summary>One paragraph-like run of text from the article DOM, with the share of it that sits inside links.</summary>
public sealed record TextBlock(string Text, BlockKind Kind, int LinkChars)
{
    /// <summary>Share of the text (0..1) that is link text.</summary>
    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1.0, (double)LinkChars / Text.Length);

    /// <summary>Number of whitespace-separated words.</summary>
    public int Words { get; } = CountWords(Text);

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                count++;
            inWord = !space;
        }
        return count;
    }
}
