using NewsBot.Core.Digests.Sentences;
using NewsBot.Core.Digests.Quotes;

namespace NewsBot.Core.Digests;

/// <summary>A sentence as offsets into its text: [Start, End).</summary>
public readonly record struct SentenceSpan(int Start, int End);

/// <summary>
/// Splits text into sentences. Line breaks always end one; . ! ? … end one unless <see cref="SentenceBoundaries"/>
/// says otherwise (abbreviations, initials, decimals, lower-case continuations), and a quotation that ends
/// with . ? ! stays with its attribution ('"Are we done?" Smith asked.').
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text) =>
        Spans(text).Select(s => text[s.Start..s.End]).ToList();

    public static IReadOnlyList<SentenceSpan> Spans(string text)
    {
        var result = new List<SentenceSpan>();
        if (string.IsNullOrEmpty(text))
            return result;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, result);
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?' or '\u2026') || !SentenceBoundaries.EndsAt(text, i))
                continue;
            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' or '\u2026' || SentenceBoundaries.IsCloser(text[end])))
                end++;
            if (end > i + 1 && IsQuoteMark(text[end - 1]) && AttributionFollows(text, end))
            {
                i = end - 1;
                continue;
            }
            Add(text, start, end, result);
            start = end;
            i = end - 1;
        }
        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsQuoteMark(char c) => c is '"' or '\u201D' or '\'' or '\u00BB';

    /// <summary>'... done?" Smith asked.' - a name or pronoun and a cue verb within the next few words.</summary>
    private static bool AttributionFollows(string text, int from)
    {
        var words = 0;
        var i = from;
        while (i < text.Length && words < 5 && text[i] != '\n')
        {
            while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
            var s = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '.' or '\'' or '\u2019' or '-')) i++;
            if (i == s) return false;
            var word = text[s..i].TrimEnd('.');
            if (Lexicon.CueVerbs.Contains(word) && words > 0)
                return true;
            if (text[i - 1] == '.' && SentenceBoundaries.EndsAt(text, i - 1))
                return false;
            words++;
        }
        return false;
    }

    private static void Add(string text, int start, int end, List<SentenceSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start)
            result.Add(new SentenceSpan(start, end));
    }
}
