namespace NewsBot.Core.Digests.Sentences;

/// <summary>
/// Decides whether a full stop, question or exclamation mark ends a sentence. It does not after an
/// abbreviation (Mr., Gen., Jan., Inc.), an initial (J.), a dotted acronym before a lower-case word (U.S.),
/// inside a number (3.5), or when the next word is lower case ("... done." he said.).
/// </summary>
public static class SentenceBoundaries
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt", "adm", "maj",
        "cpl", "pvt", "rev", "hon", "pres", "supt", "jr", "sr", "st", "mt", "ft", "inc", "corp", "co", "ltd",
        "bros", "vs", "etc", "no", "nos", "vol", "fig", "approx", "dept", "est", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thurs",
        "fri", "sat", "sun", "ave", "blvd", "rd", "calif", "conn", "fla", "ga", "ill", "ind", "kan", "ky", "la",
        "mass", "md", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
        "va", "vt", "wash", "wis", "wyo", "ariz", "ark", "colo", "del", "ala", "e.g", "i.e", "a.m", "p.m",
    };

    /// <summary>Sentence openers that make a dotted acronym ("U.S.") end its sentence.</summary>
    private static readonly HashSet<string> StrongStarters = new(StringComparer.Ordinal)
    {
        "The", "He", "She", "It", "They", "We", "I", "But", "In", "And", "This", "That", "A", "An", "His",
        "Her", "Their", "There", "On", "At", "After", "When", "If", "As", "Still", "Yet",
    };

    /// <summary>True when the terminator at <paramref name="i"/> (. ! ? …) ends a sentence.</summary>
    public static bool EndsAt(string text, int i)
    {
        var c = text[i];
        if (c is not ('.' or '!' or '?' or '\u2026'))
            return false;
        var j = i + 1;
        while (j < text.Length && text[j] is '.' or '!' or '?' or '\u2026')
            j++;
        while (j < text.Length && IsCloser(text[j]))
            j++;
        if (j >= text.Length || text[j] == '\n')
            return true;
        if (!char.IsWhiteSpace(text[j]))
            return false; // 3.5, U.S.-led, e.g.,
        var k = j;
        while (k < text.Length && text[k] is ' ' or '\u00A0' or '\t')
            k++;
        if (k >= text.Length || text[k] == '\n')
            return true;
        var next = text[k];
        while (k < text.Length && IsOpener(text[k]))
            k++;
        if (k >= text.Length)
            return true;
        var n = text[k];
        if (!(char.IsUpper(n) || char.IsDigit(n) || IsOpener(next)))
            return false;
        if (c != '.')
            return true;
        if (i + 1 < text.Length && text[i + 1] is '.' or '\u2026')
            return true; // ellipsis before a capital
        var word = WordBefore(text, i);
        if (word.Length == 1 && char.IsUpper(word[0]))
            return false; // an initial: "John F. Kennedy"
        if (Abbreviations.Contains(word))
            return false;
        if (word.Contains('.'))
            return StrongStarters.Contains(NextWord(text, k));
        return true;
    }

    public static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    public static bool IsOpener(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '(' or '[' or '\u00AB' or '\u201E';

    private static string WordBefore(string text, int i)
    {
        var s = i;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
            s--;
        return text[s..i];
    }

    private static string NextWord(string text, int k)
    {
        var e = k;
        while (e < text.Length && char.IsLetter(text[e]))
            e++;
        return text[k..e];
    }
}
