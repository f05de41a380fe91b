namespace NewsBot.Core.Digests.Quotes;

/// <summary>Tells a direct quotation from scare quotes, titles and nicknames in quotation marks.</summary>
internal static class ScareQuoteFilter
{
    public static bool IsDirectQuote(string text, QuoteSpan span, bool attributed, bool startsParagraph)
    {
        var inner = text.AsSpan(span.Start, span.End - span.Start);
        var words = CountWords(inner);
        if (words == 0)
            return false;
        if (startsParagraph && words >= 3)
            return true;
        if (attributed)
            return words >= 2;
        return words >= 6;
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
