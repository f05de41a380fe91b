namespace NewsBot.Core.Stories.Clustering;

/// <summary>Knobs of <see cref="StoryClusterer"/>. The defaults were chosen on the dev files in shared/data/stories.</summary>
public sealed record ClusteringOptions
{
    /// <summary>How far apart (by published time) two items may be and still report one event.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Extra slack when either item only carries a date: the real time may be anywhere in that day.</summary>
    public TimeSpan DateOnlySlack { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Minimum similarity (0..1) to a cluster for an item to join it. Higher keeps more stories apart.</summary>
    public double Threshold { get; init; } = 0.18;

    /// <summary>
    /// The word similarity alone must reach this too: shared names ("North Korea", "Trump") mark a topic, while
    /// an event also needs shared words.
    /// </summary>
    public double MinWordSimilarity { get; init; } = 0.20;

    /// <summary>
    /// Headline cosine to one member of a cluster that is enough on its own to join it (near-identical headlines
    /// that differ in a word or two). Set above 1 to turn off.
    /// </summary>
    public double HeadlineThreshold { get; init; } = 0.5;

    /// <summary>How many characters of the article text count as its lead (after the summary).</summary>
    public int LeadChars { get; init; } = 1000;

    /// <summary>How many characters of the article text are scanned for named entities.</summary>
    public int EntityChars { get; init; } = 5000;

    /// <summary>
    /// Weight of the word similarity (title + lead) in the score. Words count double by default: on the dev
    /// files the entity cosine was the noisier of the two (shared "Trump", "North Korea" across different events).
    /// </summary>
    public double WordWeight { get; init; } = 2.0;

    /// <summary>Weight of the named-entity similarity in the score.</summary>
    public double EntityWeight { get; init; } = 1.0;

    /// <summary>
    /// Pseudo-count of documents added to the stream's document count in the idf, so that the first few items
    /// (when every word is still "rare") are weighted more evenly.
    /// </summary>
    public double PriorDocuments { get; init; } = 20;

    /// <summary>Cap on the learned vocabulary; past it, words seen only once are forgotten.</summary>
    public int MaxVocabulary { get; init; } = 200_000;

    /// <summary>Throws when a value is out of range, naming it.</summary>
    public void Validate()
    {
        if (Window <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(Window), Window, "must be positive");
        if (DateOnlySlack < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(DateOnlySlack), DateOnlySlack, "must not be negative");
        if (Threshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "must be in (0, 1]");
        if (MinWordSimilarity is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(MinWordSimilarity), MinWordSimilarity, "must be in [0, 1]");
        if (HeadlineThreshold <= 0) throw new ArgumentOutOfRangeException(nameof(HeadlineThreshold), HeadlineThreshold, "must be positive");
        if (LeadChars < 0) throw new ArgumentOutOfRangeException(nameof(LeadChars), LeadChars, "must not be negative");
        if (EntityChars < 0) throw new ArgumentOutOfRangeException(nameof(EntityChars), EntityChars, "must not be negative");
        if (WordWeight < 0 || EntityWeight < 0 || WordWeight + EntityWeight <= 0)
            throw new ArgumentOutOfRangeException(nameof(WordWeight), "word and entity weights must be >= 0 and not both 0");
        if (PriorDocuments < 0) throw new ArgumentOutOfRangeException(nameof(PriorDocuments), PriorDocuments, "must not be negative");
        if (MaxVocabulary < 1000) throw new ArgumentOutOfRangeException(nameof(MaxVocabulary), MaxVocabulary, "must be at least 1000");
    }
}
