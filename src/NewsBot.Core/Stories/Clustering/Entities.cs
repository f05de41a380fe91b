using System.Text.RegularExpressions;

namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// Named entities as they appear in running text: runs of capitalised words ("Kimi Raikkonen", "Croydon",
/// "Boko Haram"). A single capitalised word that opens a sentence is skipped, since capitals there say nothing.
/// Titles are not scanned: many outlets capitalise every word of a headline.
/// </summary>
internal static partial class Entities
{
    [GeneratedRegex(@"\p{L}[\p{L}'’\.\-]*")]
    private static partial Regex WordPattern();

    /// <summary>A found entity: its comparison key (normalized, stemmed, words joined by '_') and how it was written.</summary>
    public readonly record struct Entity(string Key, string Surface);

    /// <summary>Each word of every capitalised run, and the whole run when it has several words.</summary>
    public static List<Entity> Find(string? text)
    {
        var found = new List<Entity>();
        if (string.IsNullOrEmpty(text))
            return found;
        var words = WordPattern().Matches(text);
        var i = 0;
        while (i < words.Count)
        {
            if (!IsCapitalised(words[i].Value))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < words.Count && !EndsSentence(words[j - 1].Value) && IsCapitalised(words[j].Value)
                   && IsBlank(text, words[j - 1].Index + words[j - 1].Length, words[j].Index))
                j++;
            var runLength = j - i;
            if (runLength > 1 || !OpensSentence(text, words[i].Index))
                AddRun(found, words, i, j);
            i = j;
        }
        return found;
    }

    private static void AddRun(List<Entity> found, MatchCollection words, int from, int to)
    {
        var keys = new List<string>(to - from);
        for (var k = from; k < to; k++)
        {
            var key = Terms.Stem(Terms.Normalize(words[k].Value));
            if (key.Length == 0)
                continue;
            keys.Add(key);
            found.Add(new Entity(key, words[k].Value.TrimEnd('.')));
        }
        if (keys.Count > 1)
            found.Add(new Entity(string.Join('_', keys), string.Join(' ', Enumerable.Range(from, to - from).Select(k => words[k].Value.TrimEnd('.')))));
    }

    /// <summary>Starts with a capital, is not a month/weekday/stop word, and is not a shouted section label ("SCIENCE").</summary>
    private static bool IsCapitalised(string word) =>
        char.IsUpper(word[0]) && !StopWords.IsNotEntity(Terms.Normalize(word))
        && !(word.Length > 5 && word.All(c => !char.IsLower(c)));

    /// <summary>"Paulo." ends a sentence; "U.S." (an abbreviation with inner dots) does not.</summary>
    private static bool EndsSentence(string word) =>
        word.EndsWith('.') && word.IndexOf('.') == word.Length - 1;

    private static bool IsBlank(string text, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }
        return true;
    }

    /// <summary>True when only whitespace lies between the start (or sentence punctuation / a quote) and the word.</summary>
    private static bool OpensSentence(string text, int index)
    {
        var k = index - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            if (text[k] == '\n')
                return true;
            k--;
        }
        return k < 0 || text[k] is '.' or '!' or '?' or ':' or ';' or '"' or '“' or '”';
    }
}
