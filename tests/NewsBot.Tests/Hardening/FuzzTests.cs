using FsCheck.Xunit;
using NewsBot.Core.Feeds;
using NewsBot.Fuzzing;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Hardening;

/// <summary>
/// A small fixed-seed fuzz campaign: damaged feeds and article pages go through the parsers, the quote finder and every
/// renderer; nothing throws and no output breaks a platform limit. The large campaign is the `fuzz` harness.
/// </summary>
public sealed class FuzzTests
{
    private static readonly Lazy<IReadOnlyList<SeedDocument>> Shared = new(() => SeedDocuments.FromShared(SharedData.Root));

    [Fact]
    public void The_builtin_seeds_are_valid_documents_that_reach_every_renderer()
    {
        // The JSON Feed seed is left out here: reading JSON Feed comes with the FeedParser rewrite.
        foreach (var seed in SeedDocuments.Builtin.Where(s => s.Kind == DocumentKind.Feed && s.Name != "json"))
            Assert.NotEmpty(FeedParser.Parse(seed.Bytes).Entries);
        foreach (var seed in SeedDocuments.Builtin)
            Assert.Empty(DocumentPipeline.Run(seed.Bytes, seed.Kind));
    }

    [Property(MaxTest = 100, Replay = "(20261130,4243)")]
    public void Damaged_builtin_documents_never_throw_and_stay_within_platform_limits(int pick, int mutationSeed, int kind)
    {
        var seed = SeedDocuments.Builtin[(int)((uint)pick % SeedDocuments.Builtin.Count)];
        var mutation = (Mutation)(int)((uint)kind % (uint)Enum.GetValues<Mutation>().Length);
        var doc = DocumentMutator.Mutate(seed.Bytes, new Random(mutationSeed), mutation);

        Assert.Empty(DocumentPipeline.Run(doc, seed.Kind));
    }

    [Theory]
    [InlineData(Mutation.NestingBomb)]
    [InlineData(Mutation.HugeAttribute)]
    [InlineData(Mutation.InvalidEncoding)]
    public void Each_seed_survives_the_worst_mutations(Mutation mutation)
    {
        foreach (var seed in SeedDocuments.Builtin)
            Assert.Empty(DocumentPipeline.Run(DocumentMutator.Mutate(seed.Bytes, new Random(7), mutation), seed.Kind));
    }

    [SharedDataFact]
    public void Damaged_shared_feeds_and_article_pages_never_throw_and_stay_within_platform_limits()
    {
        var seeds = Shared.Value;
        Assert.NotEmpty(seeds);
        var rng = new Random(20261130);
        for (var i = 0; i < 120; i++)
        {
            var seed = seeds[rng.Next(seeds.Count)];
            var doc = DocumentMutator.Mutate(seed.Bytes, rng);
            var problems = DocumentPipeline.Run(doc, seed.Kind);
            Assert.True(problems.Count == 0, $"{seed.Name}: {string.Join("; ", problems)}");
        }
    }
}
