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

    /// <summary>True when the text follows an image with nothing in between: where captions sit.</summary>
    public bool AfterImage { get; init; }

    /// <summary>Number of words: whitespace-separated runs, and every Chinese or Japanese character on its own.</summary>
    public int Words { get; } = CountWords(Text);

    internal static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                count++;
                inWord = false;
                continue;
            }
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
                count++;
            inWord = !space;
        }
        return count;
    }

    /// <summary>Han ideographs and kana: scripts written without spaces between words.</summary>
    private static bool IsCjk(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF') or (>= '\uF900' and <= '\uFAFF');
}
