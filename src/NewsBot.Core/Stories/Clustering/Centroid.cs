namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// The sum of a cluster's member vectors in one space (words or entities). Members can be added and removed
/// (window eviction); a key disappears when the last member holding it leaves.
/// </summary>
internal sealed class Centroid
{
    private readonly Dictionary<string, (double Sum, int Members)> _terms = new(StringComparer.Ordinal);
    private double? _norm;

    public IEnumerable<string> Keys => _terms.Keys;

    /// <summary>Adds a member; returns the keys this centroid did not hold before.</summary>
    public List<string> Add(WeightedVector v)
    {
        var added = new List<string>();
        foreach (var (key, w) in v.Weights)
        {
            if (_terms.TryGetValue(key, out var t))
            {
                _terms[key] = (t.Sum + w, t.Members + 1);
            }
            else
            {
                _terms[key] = (w, 1);
                added.Add(key);
            }
        }
        _norm = null;
        return added;
    }

    /// <summary>Removes a member added earlier; returns the keys no member holds any more.</summary>
    public List<string> Remove(WeightedVector v)
    {
        var gone = new List<string>();
        foreach (var (key, w) in v.Weights)
        {
            if (!_terms.TryGetValue(key, out var t))
                continue;
            if (t.Members <= 1)
            {
                _terms.Remove(key);
                gone.Add(key);
            }
            else
            {
                _terms[key] = (t.Sum - w, t.Members - 1);
            }
        }
        _norm = null;
        return gone;
    }

    public double Norm => _norm ??= Math.Sqrt(_terms.Values.Sum(t => t.Sum * t.Sum));

    /// <summary>The centroid's weight for a key divided by its norm (0 when absent).</summary>
    public double UnitWeight(string key) =>
        _terms.TryGetValue(key, out var t) && Norm > 0 ? t.Sum / Norm : 0;

    /// <summary>Cosine between a unit vector and this centroid.</summary>
    public double Cosine(WeightedVector v)
    {
        if (Norm <= 0)
            return 0;
        var dot = 0.0;
        foreach (var (key, w) in v.Weights)
        {
            if (_terms.TryGetValue(key, out var t))
                dot += w * t.Sum;
        }
        return dot / Norm;
    }
}
