using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Digests;
using NewsBot.Fakes.Discord;
using NewsBot.Platforms.Discord;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Benchmarks.Discord;

/// <summary>
/// Posts digests to many channels of the fake Discord with Discord's limits on (per-channel message bucket,
/// global 50/s) and reports the sustained request rate and the number of 429s (target 0).
/// Usage: discord-rate [--channels 200] [--posts-per-channel 5] [--bucket 5] [--window-seconds 5] [--global 50]
/// </summary>
public sealed class DiscordRateHarness : IHarness
{
    public string Name => "discord-rate";

    public string Summary => "Discord posts/s to 200 channels against the fake with 5/5 s buckets and global 50/s; counts 429s";

    public async Task<int> RunAsync(string[] args)
    {
        var channels = Arg(args, "--channels", 200);
        var perChannel = Arg(args, "--posts-per-channel", 5);
        var bucket = Arg(args, "--bucket", 5);
        var window = Arg(args, "--window-seconds", 5);
        var global = Arg(args, "--global", 50);
        var fakeOptions = new FakeDiscordOptions { MessageLimit = bucket, MessageWindow = TimeSpan.FromSeconds(window), GlobalLimit = global };
        await using var fake = await FakeDiscordServer.StartAsync(fakeOptions);
        var options = new DiscordOptions { Token = fakeOptions.Token, ApiBaseUrl = fake.ApiBaseUrl, GlobalRequestsPerSecond = global };
        using var http = new HttpClient();
        var rest = new DiscordRestClient(http, options, TimeProvider.System, NullLogger<DiscordRestClient>.Instance);
        var platform = new DiscordChatPlatform(rest, new IgnoredChannelEvents(), NullLogger<DiscordChatPlatform>.Instance);

        var latencies = new double[channels * perChannel];
        var clock = Stopwatch.StartNew();
        var work = Enumerable.Range(0, channels * perChannel).Select(async i =>
        {
            var started = clock.Elapsed;
            var result = await platform.PostAsync(Post(i % channels, i), CancellationToken.None);
            latencies[i] = (clock.Elapsed - started).TotalMilliseconds;
            return result.Outcome;
        });
        var outcomes = await Task.WhenAll(work);
        clock.Stop();

        var posted = outcomes.Count(o => o == PostOutcome.Posted);
        var seconds = clock.Elapsed.TotalSeconds;
        Array.Sort(latencies);
        Console.WriteLine(FormattableString.Invariant($"discord-rate: {channels} channels x {perChannel} posts, fake limits {bucket}/{window}s per channel, global {global}/s"));
        Console.WriteLine(FormattableString.Invariant($"  posted {posted}/{outcomes.Length} in {seconds:0.00} s = {posted / seconds:0.0} requests/s overall"));
        Console.WriteLine(FormattableString.Invariant($"  429s from the fake: {fake.Records.RateLimitHits.Count} (client counted {rest.RateLimitedCount}); fake saw {fake.Records.Requests} requests"));
        var times = fake.Records.Messages.Select(m => m.At).Order().ToList();
        var steadyFrom = times[0] + TimeSpan.FromSeconds(1);
        // The first second's burst is left out of the count but not of the time: requests arriving after it, per second
        // from the first to the last request, as the fake's clock saw them.
        var steady = times.Count(t => t >= steadyFrom) / Math.Max((times[^1] - times[0]).TotalSeconds, 0.001);
        Console.WriteLine(FormattableString.Invariant($"  steady rate (burst of the first second left out): {steady:0.0} requests/s"));
        foreach (var scope in fake.Records.RateLimitHits.GroupBy(h => h.Scope))
            Console.WriteLine(FormattableString.Invariant($"    scope {scope.Key}: {scope.Count()}"));
        Console.WriteLine(FormattableString.Invariant($"  post latency ms: p50 {latencies[latencies.Length / 2]:0} p95 {latencies[(int)(latencies.Length * 0.95)]:0} max {latencies[^1]:0}"));
        return posted == outcomes.Length && fake.Records.RateLimitHits.IsEmpty ? 0 : 1;
    }

    private static OutgoingPost Post(int channel, int i) => new()
    {
        ChannelId = (1_000_000_000_000_000_000UL + (ulong)channel).ToString(CultureInfo.InvariantCulture),
        IdempotencyKey = $"bench-{i}",
        Digests =
        [
            new Digest
            {
                Headline = $"Story {i}: talks continue",
                Summary = "Negotiators met again on Monday and said progress was slow but steady.",
                Outlet = "Wire",
                Link = $"https://wire.example/{i}",
                Quotes = [new DigestQuote("We are ready to talk about everything", "The minister")],
            },
        ],
    };

    private static int Arg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }

    private sealed class IgnoredChannelEvents : IChannelEvents
    {
        public Task ChannelGoneAsync(string platform, string channelId, string reason, CancellationToken ct) => Task.CompletedTask;

        public Task ChannelMovedAsync(string platform, string oldChannelId, string newChannelId, CancellationToken ct) => Task.CompletedTask;

        public Task ChannelForbiddenAsync(string platform, string channelId, string reason, CancellationToken ct) => Task.CompletedTask;
    }
}
