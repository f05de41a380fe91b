using System.Text.RegularExpressions;

namespace NewsBot.Core.Digests.Quotes;

/// <summary>A run of capitalised words (a possible name) and what its words say about the person.</summary>
internal sealed record NameRun(int Start, int End, IReadOnlyList<string> Words)
{
    public string Text => string.Join(' ', Words);
}

/// <summary>Finds runs of capitalised words and splits them into descriptors (titles, possessives) and the name.</summary>
internal static partial class NameRuns
{
    public static IEnumerable<NameRun> Find(string text, int from = 0, int to = -1)
    {
        if (to < 0) to = text.Length;
        foreach (Match m in Run().Matches(text[from..to]))
        {
            var words = WordsOf(m.Value);
            yield return new NameRun(from + m.Index, from + m.Index + m.Length, words);
        }
    }

    /// <summary>Titles that are also common surnames: at the end of a run ("Peter T. King") they are the name.</summary>
    private static readonly HashSet<string> SurnameTitles = new(StringComparer.Ordinal)
    {
        "King", "Prince", "Bishop", "Dean", "Marshal", "Judge", "Chancellor", "Sheriff", "Host", "Brother",
        "Father", "Major", "Cardinal", "Principal", "Chief", "Speaker", "Officer", "Coach",
    };

    public static List<string> WordsOf(string run) =>
        run.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToList();

    /// <summary>
    /// Splits "Turkey's President Tayyip Erdogan" into descriptors ["turkey", "president"] and the name
    /// ["Tayyip", "Erdogan"]: everything up to the last title or possessive is description.
    /// </summary>
    public static (List<string> Descriptors, List<string> Name) Split(IReadOnlyList<string> words)
    {
        var cut = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var surnameAtEnd = i == words.Count - 1 && i > 0 && SurnameTitles.Contains(w.TrimEnd('.', ','));
            if (IsPossessive(w) || (!surnameAtEnd && (Lexicon.Titles.Contains(w) || Lexicon.Titles.Contains(w.TrimEnd('.'))))
                || (i == cut && Lexicon.NotNames.Contains(w.TrimEnd('.'))))
                cut = i + 1;
        }
        var descriptors = words.Take(cut).Select(w => StripPossessive(w).TrimEnd('.').ToLowerInvariant()).ToList();
        var name = words.Skip(cut).ToList();
        while (name.Count > 0 && IsSuffix(name[^1]))
            name.RemoveAt(name.Count - 1);
        if (name.Count > 4 || name.Any(w => Lexicon.OrgWords.Contains(w.TrimEnd('.')) || w.Contains("-in-", StringComparison.Ordinal)))
        {
            // "Post Editor-in-Chief Martin Baron": keep the trailing name words only.
            var tail = 0;
            while (tail < name.Count && tail < 3 && IsNameWord(name[name.Count - 1 - tail]))
                tail++;
            if (tail >= 2)
            {
                descriptors.AddRange(name.Take(name.Count - tail).Select(w => StripPossessive(w).TrimEnd('.').ToLowerInvariant()));
                name = name.Skip(name.Count - tail).ToList();
            }
        }
        return (descriptors, name);
    }

    private static bool IsNameWord(string w)
    {
        var bare = w.TrimEnd('.');
        return !Lexicon.OrgWords.Contains(bare) && !Lexicon.Titles.Contains(bare) && !Lexicon.NotNames.Contains(bare)
               && !w.Contains("-in-", StringComparison.OrdinalIgnoreCase) && !IsPossessive(w);
    }

    public static bool IsPossessive(string w) =>
        w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal)
        || w.EndsWith("s'", StringComparison.Ordinal) || w.EndsWith("s\u2019", StringComparison.Ordinal);

    public static string StripPossessive(string w) =>
        w.EndsWith("'s", StringComparison.Ordinal) || w.EndsWith("\u2019s", StringComparison.Ordinal) ? w[..^2]
        : w.EndsWith('\'') || w.EndsWith('\u2019') ? w[..^1] : w;

    public static bool IsSuffix(string w) => w.TrimEnd('.', ',') is "Jr" or "Sr" or "II" or "III" or "IV";

    /// <summary>True when the words look like a person's name: 1-4 capitalised words, no organisation words.</summary>
    public static bool LooksLikePersonName(IReadOnlyList<string> name)
    {
        if (name.Count is 0 or > 4)
            return false;
        foreach (var w in name)
        {
            var bare = w.TrimEnd('.');
            if (Lexicon.OrgWords.Contains(bare) || Lexicon.NotNames.Contains(bare) || Lexicon.Months.Contains(w))
                return false;
            if (bare.Length > 1 && bare.All(c => !char.IsLetter(c) || char.IsUpper(c)))
                return false; // FBI, GOP, CNN
        }
        if (name.Count >= 2 && Lexicon.PlaceStarts.Contains(name[0]))
            return false;
        var last = name[^1].TrimEnd('.');
        return last.Length >= 2;
    }

    // Capitalised words (with initials, hyphens, apostrophes, possessives) separated by single spaces,
    // plus lower-case name particles between them.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’\-])(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}'’\-]*\.?)(?:[ \u00A0](?:(?:de|da|van|von|der|den|la|le|bin|al|del|di|du)[ \u00A0])?(?:(?:\p{Lu}\.){2,}|\p{Lu}[\p{L}'’\-]*\.?))*")]
    private static partial Regex Run();
}
