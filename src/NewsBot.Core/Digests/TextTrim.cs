namespace NewsBot.Core.Digests;

/// <summary>Shortens text at a word boundary with an ellipsis, never mid-surrogate.</summary>
public static class TextTrim
{
    public static string ToLength(string text, int max)
    {
        if (text.Length <= max)
            return text;
        if (max <= 1)
            return max == 1 ? "…" : "";
        var cut = max - 1;
        var space = text.LastIndexOf(' ', cut - 1, Math.Min(cut, 40));
        if (space > 0)
            cut = space;
        if (char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return text[..cut].TrimEnd(' ', ',', ';', ':', '-') + "…";
    }
}
