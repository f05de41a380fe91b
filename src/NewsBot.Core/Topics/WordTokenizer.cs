using System.Globalization;
using System.Text;

namespace NewsBot.Core.Topics;

/// <summary>Splits text into lowercase words with diacritics folded and possessives dropped ("Idlib's" -> "idlib").</summary>
public static class WordTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                AppendFolded(current, c);
                continue;
            }
            var isApostrophe = c is '\'' or '\u2019';
            if (isApostrophe && current.Length > 0 && i + 1 < text.Length && char.IsLetter(text[i + 1]))
            {
                // "Syria's" -> "syria"; "O'Brien" -> "obrien"
                if (char.ToLowerInvariant(text[i + 1]) == 's' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))
                {
                    i++;
                    Flush(words, current);
                }
                continue;
            }
            Flush(words, current);
        }
        Flush(words, current);
        return words;
    }

    public static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
            if (char.IsLetterOrDigit(c))
                AppendFolded(sb, c);
        return sb.ToString();
    }

    private static void AppendFolded(StringBuilder sb, char c)
    {
        if (c < 128)
        {
            sb.Append(char.ToLowerInvariant(c));
            return;
        }
        foreach (var d in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToLowerInvariant(d));
        }
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length == 0) return;
        words.Add(current.ToString());
        current.Clear();
    }
}
