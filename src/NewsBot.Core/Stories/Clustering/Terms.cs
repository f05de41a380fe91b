using System.Text.RegularExpressions;

namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// Turns text into comparable terms: lower-cased words without stop words, with a light plural stem
/// ("victims" -> "victim", "countries" -> "country"). Pure and culture-invariant.
/// </summary>
internal static partial class Terms
{
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’\-\.]*[\p{L}\p{N}]|[\p{L}\p{N}]")]
    private static partial Regex WordPattern();

    /// <summary>The terms of <paramref name="text"/> in order, repeats kept.</summary>
    public static IEnumerable<string> Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
            yield break;
        foreach (Match m in WordPattern().Matches(text))
        {
            foreach (var part in m.Value.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                var word = Normalize(part);
                if (word.Length < 2 || StopWords.Contains(word))
                    continue;
                yield return Stem(word);
            }
        }
    }

    /// <summary>Lower case, possessive 's dropped, apostrophes and dots removed ("U.S." -> "us", "Trump's" -> "trump").</summary>
    public static string Normalize(string word)
    {
        var w = word.ToLowerInvariant().Replace('’', '\'');
        if (w.EndsWith("'s", StringComparison.Ordinal))
            w = w[..^2];
        return w.Replace("'", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
    }

    /// <summary>Plural to singular for regular English plurals; everything else unchanged.</summary>
    public static string Stem(string w)
    {
        if (w.Length > 4 && w.EndsWith("ies", StringComparison.Ordinal))
            return w[..^3] + "y";
        if (w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal))
            return w[..^1];
        return w;
    }

    /// <summary>The title reduced to its terms, used to spot wire copies that reuse one headline.</summary>
    public static string NormalizedTitle(string title) => string.Join(' ', Of(title));
}
