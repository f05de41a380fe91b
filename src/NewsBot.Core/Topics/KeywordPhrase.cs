namespace NewsBot.Core.Topics;

/// <summary>One keyword as folded words; the last word also matches its inflected forms.</summary>
internal sealed class KeywordPhrase
{
    private readonly string[] _words;
    private readonly HashSet<string> _lastForms;

    public KeywordPhrase(string keyword, bool adjectives)
    {
        _words = WordTokenizer.Tokenize(keyword).ToArray();
        _lastForms = _words.Length == 0 ? [] : Inflections.Of(_words[^1], adjectives);
    }

    public bool IsValid => _words.Length > 0;

    /// <summary>The words of the text that matched, joined by spaces, or null.</summary>
    public string? FindIn(IReadOnlyList<string> text)
    {
        var n = _words.Length;
        for (var i = 0; i + n <= text.Count; i++)
        {
            var ok = true;
            for (var j = 0; j < n - 1 && ok; j++)
                ok = text[i + j] == _words[j];
            if (ok && _lastForms.Contains(text[i + n - 1]))
                return string.Join(' ', text.Skip(i).Take(n));
        }
        return null;
    }
}

/// <summary>Simple English inflections of a folded word.</summary>
internal static class Inflections
{
    public static HashSet<string> Of(string word, bool adjectives)
    {
        var forms = new HashSet<string>(StringComparer.Ordinal) { word };
        AddPlural(forms, word);
        if (!adjectives || word.Length < 3)
            return forms;
        foreach (var adj in Adjectives(word))
        {
            forms.Add(adj);
            forms.Add(adj + "s");
        }
        return forms;
    }

    private static void AddPlural(HashSet<string> forms, string word)
    {
        if (word.Length < 3 || char.IsDigit(word[^1]))
            return;
        forms.Add(word + "s");
        if (word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal))
            forms.Add(word + "es");
        if (word.EndsWith('y') && !"aeiou".Contains(word[^2]))
            forms.Add(word[..^1] + "ies");
    }

    private static IEnumerable<string> Adjectives(string w)
    {
        // Syria -> Syrian, Russia -> Russian, Iran -> Iranian, Turkey -> Turkish, Kurd -> Kurdish, Egypt -> Egyptian
        if (w.EndsWith('a')) yield return w + "n";
        if (w.EndsWith("ia", StringComparison.Ordinal)) yield return w[..^1] + "an";
        yield return w + "ian";
        yield return w + "ish";
        yield return w + "i";
        if (w.EndsWith("ey", StringComparison.Ordinal)) yield return w[..^2] + "ish";
        if (w.EndsWith('e') || w.EndsWith('y')) { yield return w[..^1] + "ian"; yield return w[..^1] + "ish"; }
        if (w.EndsWith('a') || w.EndsWith('o')) yield return w[..^1] + "ese";
    }
}
