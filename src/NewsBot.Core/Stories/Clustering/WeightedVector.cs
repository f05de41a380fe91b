namespace NewsBot.Core.Stories.Clustering;

/// <summary>A unit-length tf-idf vector over string keys (sublinear tf: 1 + ln count).</summary>
internal sealed class WeightedVector
{
    public static readonly WeightedVector Empty = new(new Dictionary<string, double>(StringComparer.Ordinal));

    private WeightedVector(Dictionary<string, double> weights) => Weights = weights;

    public IReadOnlyDictionary<string, double> Weights { get; }

    public bool IsEmpty => Weights.Count == 0;

    /// <summary>Cosine of two unit vectors.</summary>
    public double Dot(WeightedVector other)
    {
        var (small, large) = Weights.Count <= other.Weights.Count ? (this, other) : (other, this);
        var dot = 0.0;
        foreach (var (key, w) in small.Weights)
        {
            if (large.Weights.TryGetValue(key, out var o))
                dot += w * o;
        }
        return dot;
    }

    public static WeightedVector From(IReadOnlyDictionary<string, int> counts, DocumentFrequencies df)
    {
        var weights = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        var norm = 0.0;
        foreach (var (key, count) in counts)
        {
            var w = (1 + Math.Log(count)) * df.Idf(key);
            weights[key] = w;
            norm += w * w;
        }
        if (norm <= 0)
            return Empty;
        norm = Math.Sqrt(norm);
        foreach (var key in counts.Keys)
            weights[key] /= norm;
        return new WeightedVector(weights);
    }
}
