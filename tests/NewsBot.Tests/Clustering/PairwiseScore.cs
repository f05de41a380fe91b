namespace NewsBot.Tests.Clustering;

/// <summary>Pairwise precision/recall/F1 of a predicted clustering against gold labels (same definition as shared/data/stories/score.py).</summary>
public sealed record PairwiseScore(double Precision, double Recall, double F1, long PredictedPairs, long GoldPairs)
{
    public static PairwiseScore Of(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        long correct = 0, predictedPairs = 0, goldPairs = 0;
        var table = new Dictionary<(string Gold, string Pred), long>();
        var goldSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var predSizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (id, g) in gold)
        {
            var p = predicted.TryGetValue(id, out var label) ? label : "\u0000singleton:" + id;
            table[(g, p)] = table.GetValueOrDefault((g, p)) + 1;
            goldSizes[g] = goldSizes.GetValueOrDefault(g) + 1;
            predSizes[p] = predSizes.GetValueOrDefault(p) + 1;
        }
        correct = table.Values.Sum(Pairs);
        goldPairs = goldSizes.Values.Sum(Pairs);
        predictedPairs = predSizes.Values.Sum(Pairs);
        var precision = predictedPairs == 0 ? 1.0 : (double)correct / predictedPairs;
        var recall = goldPairs == 0 ? 1.0 : (double)correct / goldPairs;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new PairwiseScore(precision, recall, f1, predictedPairs, goldPairs);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;

    public override string ToString() => $"P={Precision:0.000} R={Recall:0.000} F1={F1:0.000}";
}
