namespace NewsBot.Core.Stories.Clustering;

/// <summary>
/// Document frequencies learned online from the stream itself: every item counts each of its words and entities
/// once. The idf uses a pseudo-count of prior documents so the first items of a stream are weighted evenly.
/// </summary>
internal sealed class DocumentFrequencies(double priorDocuments, int maxVocabulary)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int DocumentCount { get; private set; }

    public void Add(IEnumerable<string> distinctKeys)
    {
        DocumentCount++;
        foreach (var key in distinctKeys)
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
        if (_counts.Count > maxVocabulary)
            ForgetHapaxes();
    }

    /// <summary>ln((N + prior) / (df + 0.5)); never below a small positive floor so no seen word weighs zero.</summary>
    public double Idf(string key)
    {
        var df = _counts.GetValueOrDefault(key);
        return Math.Max(0.05, Math.Log((DocumentCount + priorDocuments) / (df + 0.5)));
    }

    public IReadOnlyDictionary<string, int> Snapshot() => new Dictionary<string, int>(_counts, StringComparer.Ordinal);

    public void Load(IReadOnlyDictionary<string, int> counts, int documentCount)
    {
        _counts.Clear();
        foreach (var (key, count) in counts)
        {
            if (count > 0)
                _counts[key] = count;
        }
        DocumentCount = Math.Max(documentCount, 0);
    }

    private void ForgetHapaxes()
    {
        foreach (var key in _counts.Where(kv => kv.Value <= 1).Select(kv => kv.Key).ToList())
            _counts.Remove(key);
    }
}
