using System.Text;

namespace NewsBot.Benchmarks.Search;

/// <summary>
/// Deterministic news-like stories: words drawn from a vocabulary with Zipf-like frequencies (a head of common
/// news words, then a long tail of made-up words), each story on one or two topics whose keywords it repeats,
/// titles of 6-12 words, bodies of about 150 words, dates spread over the year before <see cref="End"/>.
/// </summary>
internal sealed class StoryCorpus
{
    public static readonly DateTimeOffset End = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Head =
    [
        "said", "year", "government", "people", "new", "city", "police", "minister", "week", "president", "country", "state",
        "public", "report", "officials", "market", "prices", "local", "security", "court", "election", "party", "council",
        "workers", "health", "water", "school", "company", "million", "percent", "talks", "border", "support", "plan",
        "second", "forces", "economy", "leaders", "power", "region", "according", "statement", "during", "former", "team",
        "national", "budget", "international", "agreement", "attack", "family", "children", "hospital", "energy", "bank",
        "rights", "trade", "villages", "service", "capital", "residents", "spokesman", "decision", "protest", "crisis",
        "meeting", "weather", "transport", "bread", "wheat", "fuel", "shortage", "aid", "refugees", "ceasefire", "vote",
        "court", "ruling", "strike", "harbour", "bridge", "railway", "storm", "flood", "drought", "harvest", "exports",
    ];

    private static readonly string[][] TopicWords =
    [
        ["syria", "damascus", "aleppo", "idlib", "homs"], ["russia", "moscow", "kremlin"], ["turkey", "ankara", "istanbul"],
        ["iran", "tehran"], ["ukraine", "kyiv", "kharkiv"], ["israel", "gaza", "jerusalem"], ["lebanon", "beirut"],
        ["egypt", "cairo"], ["china", "beijing", "shanghai"], ["india", "delhi", "mumbai"], ["brazil", "brasilia"],
        ["germany", "berlin"], ["france", "paris"], ["britain", "london"], ["japan", "tokyo"], ["nigeria", "lagos"],
        ["football", "league", "goal"], ["climate", "emissions", "carbon"], ["vaccine", "virus", "clinic"],
        ["inflation", "interest", "currency"], ["earthquake", "aftershock"], ["wildfire", "firefighters"],
        ["ferry", "tram", "airport"], ["museum", "festival", "concert"],
    ];

    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;
    private readonly double[] _topicCumulative;

    public StoryCorpus(int tailWords = 12_000)
    {
        var rng = new Random(11);
        var tail = new HashSet<string>(StringComparer.Ordinal);
        string[] syllables = ["ka", "lo", "mi", "ren", "ta", "vo", "sel", "dar", "no", "pri", "gu", "ben", "sa", "tor", "el", "mun", "ri", "zan"];
        while (tail.Count < tailWords)
            tail.Add(string.Concat(Enumerable.Range(0, rng.Next(2, 5)).Select(_ => syllables[rng.Next(syllables.Length)])));
        _vocabulary = [.. Head.Distinct(), .. tail.Where(w => !Head.Contains(w))];
        _cumulative = Cumulative(_vocabulary.Length, 1.05);
        _topicCumulative = Cumulative(TopicWords.Length, 0.8);
    }

    public IEnumerable<(int Index, string Title, string Body, DateTimeOffset Published, string[] Topics)> Generate(int count, int seed = 7)
    {
        var rng = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            // Stories arrive roughly in time order (ids follow fetch time), with some jitter.
            var age = TimeSpan.FromDays(365.0 * (count - i) / count) + TimeSpan.FromHours(rng.NextDouble() * 6);
            var topics = Enumerable.Range(0, rng.NextDouble() < 0.3 ? 2 : 1).Select(_ => Pick(_topicCumulative, rng)).Distinct().ToArray();
            var title = Sentence(rng, rng.Next(6, 13), topics, topicShare: 0.25);
            var body = new StringBuilder();
            for (var words = 0; words < 150 + rng.Next(-40, 41);)
            {
                var n = rng.Next(8, 22);
                body.Append(Sentence(rng, n, topics, topicShare: 0.06)).Append(". ");
                words += n;
            }
            yield return (i, title, body.ToString().TrimEnd(), End - age, topics.Select(t => TopicWords[t][0]).ToArray());
        }
    }

    private string Sentence(Random rng, int words, int[] topics, double topicShare)
    {
        var parts = new string[words];
        for (var k = 0; k < words; k++)
        {
            if (rng.NextDouble() < topicShare)
            {
                var keywords = TopicWords[topics[rng.Next(topics.Length)]];
                parts[k] = keywords[rng.Next(keywords.Length)];
            }
            else
            {
                parts[k] = _vocabulary[Pick(_cumulative, rng)];
            }
        }
        parts[0] = char.ToUpperInvariant(parts[0][0]) + parts[0][1..];
        return string.Join(' ', parts);
    }

    private static double[] Cumulative(int n, double exponent)
    {
        var weights = new double[n];
        var sum = 0.0;
        for (var r = 0; r < n; r++)
            weights[r] = sum += 1.0 / Math.Pow(r + 2.7, exponent);
        for (var r = 0; r < n; r++)
            weights[r] /= sum;
        return weights;
    }

    private static int Pick(double[] cumulative, Random rng)
    {
        var i = Array.BinarySearch(cumulative, rng.NextDouble());
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }
}
