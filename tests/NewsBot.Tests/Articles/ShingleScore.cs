using System.Text.RegularExpressions;

namespace NewsBot.Tests.Articles;

/// <summary>
/// The article-extraction benchmark metric, as score.py computes it: \w+ tokens, bags of 4-token shingles,
/// precision averaged over non-empty predictions, recall over non-empty truths, F1 from the two averages.
/// </summary>
public static partial class ShingleScore
{
    public sealed record Result(double Precision, double Recall, double F1);

    public static Result Score(IEnumerable<(string Truth, string? Predicted)> pages)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (truth, predicted) in pages)
        {
            var t = Bag(truth);
            var p = Bag(predicted ?? "");
            var nTrue = t.Values.Sum();
            var nPred = p.Values.Sum();
            var overlap = p.Sum(kv => Math.Min(kv.Value, t.GetValueOrDefault(kv.Key)));
            if (nPred > 0)
                precisions.Add((double)overlap / nPred);
            if (nTrue > 0)
                recalls.Add((double)overlap / nTrue);
        }
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
        return new Result(precision, recall, f1);
    }

    internal static Dictionary<string, int> Bag(string text)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToList();
        var bag = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Count == 0)
            return bag;
        if (tokens.Count < 4)
        {
            bag[string.Join('\u0001', tokens)] = 1;
            return bag;
        }
        for (var i = 0; i + 4 <= tokens.Count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(4));
            bag[key] = bag.GetValueOrDefault(key) + 1;
        }
        return bag;
    }

    // Python's \w in str patterns: characters that are alphabetic or numeric (not combining marks), and the underscore
    [GeneratedRegex(@"[\p{L}\p{Nd}\p{Nl}\p{No}_]+")]
    private static partial Regex Word();
}
