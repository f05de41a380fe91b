namespace NewsBot.Core.Digests.Quotes;

/// <summary>Tells a direct quotation from scare quotes, titles and nicknames in quotation marks.</summary>
internal static class ScareQuoteFilter
{
    /// <summary>Spans that can never be a quote (one word, or a title) and must not split a sentence for attribution.</summary>
    public static bool IsNeverAQuote(string text, QuoteSpan span, bool startsParagraph)
    {
        var inner = text.AsSpan(span.Start, span.End - span.Start);
        var words = CountWords(inner);
        return words < 2 || LooksLikeTitle(inner, words) || (!startsParagraph && LooksLikeTitle(inner.TrimEnd(",.:"), words));
    }

    public static bool IsDirectQuote(string text, QuoteSpan span, bool attributed, bool startsParagraph)
    {
        var inner = text.AsSpan(span.Start, span.End - span.Start);
        var words = CountWords(inner);
        if (words == 0)
            return false;
        if (LooksLikeTitle(inner, words) || (!startsParagraph && LooksLikeTitle(inner.TrimEnd(",.:"), words)))
            return false;
        if (startsParagraph && words >= 3)
            return true;
        if (attributed)
            return words >= 2;
        return words >= 6;
    }

    /// <summary>"Winter Harbor", "Meet the Press": a short run of capitalised words (small words aside), no sentence punctuation.</summary>
    private static bool LooksLikeTitle(ReadOnlySpan<char> s, int words)
    {
        if (words is < 2 or > 6 || s.IndexOfAny(",.!?;") >= 0 || !char.IsUpper(s[0]))
            return false;
        foreach (var word in s.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.Trim('"', '\'', '\u2018', '\u2019', '(', ')', ':');
            if (letters.Length > 3 && char.IsLower(letters[0]))
                return false;
        }
        return true;
    }

    private static int CountWords(ReadOnlySpan<char> s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) count++;
            inWord = letter;
        }
        return count;
    }
}
