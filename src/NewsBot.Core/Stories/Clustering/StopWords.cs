namespace NewsBot.Core.Stories.Clustering;

/// <summary>English function words and newsroom filler that say nothing about which event a story reports.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(
        """
        a about above after again against all am an and any are as at be because been before being below between
        both but by can could did do does doing down during each few for from further had has have having he her
        here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
        now of off on once only or other our ours ourselves out over own same she should so some such than that the
        their theirs them themselves then there these they this those through to too under until up very was we
        were what when where which while who whom why will with would you your yours yourself yourselves says said
        say new also us one two three first last year years day days week time news report reports video photos
        photo watch live update updates latest via get gets got make makes made may might must cant wont dont didnt
        mr mrs ms dr like still back amid told tells according people
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>Capitalised words that are not names of people, places or organisations.</summary>
    private static readonly HashSet<string> NotEntities = new(
        """
        january february march april may june july august september october november december jan feb mar apr jun jul
        aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
        read more share comment comments advertisement image images getty reuters ap afp caption enlarge toggle
        """.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>True for a lower-cased, apostrophe-free word that should be ignored.</summary>
    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>True for a capitalised word that should not start or extend a named entity (months, weekdays, page furniture).</summary>
    public static bool IsNotEntity(string word) => Words.Contains(word) || NotEntities.Contains(word);
}
