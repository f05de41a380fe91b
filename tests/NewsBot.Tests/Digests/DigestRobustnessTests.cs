using NewsBot.Core.Digests;

namespace NewsBot.Tests.Digests;

/// <summary>Bad or odd text never makes the digest parts throw, and quote offsets always point into the text.</summary>
public sealed class DigestRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "\"", "''", "\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB", "'", "\u2018", "\u2019", " ", "\n", "\n\n", ".", ",", ":",
        "?", "...", "\u2026", "Mr.", "U.S.", "said", "says", "he", "she", "the leader", "Ana Lindqvist", "Brandt", "(D-N.Y.)",
        "\u2014", "-", "according to", "We will win", "\U0001F389", "\uD800", "3.5", "Jan.", "J.", "told", "added",
    ];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 8; seed++)
            data.Add(seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_texts_are_handled(int seed)
    {
        var random = new Random(seed);
        var finder = new QuoteFinder();
        var summarizer = new LeadSummarizer();
        for (var n = 0; n < 250; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));

            var quotes = finder.Find(text);
            var summary = summarizer.Summarize("Title", text, quotes);
            var sentences = SentenceSplitter.Spans(text);
            DigestBuilder.PickKeyQuotes(quotes);

            Assert.All(quotes, q =>
            {
                Assert.InRange(q.Start, 0, q.End);
                Assert.InRange(q.End, q.Start, text.Length);
                Assert.Equal(text[q.Start..q.End], q.Text);
            });
            Assert.All(sentences, s => Assert.InRange(s.End, s.Start + 1, text.Length));
            Assert.InRange(summary.Length, 0, LeadSummarizer.MaxLength);
        }
    }
}
