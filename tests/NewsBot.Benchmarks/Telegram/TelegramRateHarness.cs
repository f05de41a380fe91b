using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands;
using NewsBot.Core.Digests;
using NewsBot.Fakes.Telegram;
using NewsBot.Platforms.Telegram;

namespace NewsBot.Benchmarks.Telegram;

/// <summary>
/// Fan-out to many chats through the Telegram adapter against the fake Bot API server with its limits on
/// (1/s per chat, 20/min per group, 30/s in total): messages per second reached, 429s seen (target 0), and how
/// long command replies sent during the fan-out waited.
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- telegram-rate [--chats 200] [--per-chat 3] [--replies 10]`
/// </summary>
public sealed class TelegramRateHarness : IHarness
{
    public string Name => "telegram-rate";

    public string Summary => "Telegram fan-out to N chats against the fake server with limits: msg/s and 429s";

    public async Task<int> RunAsync(string[] args)
    {
        var chats = IntArg(args, "--chats", 200);
        var perChat = IntArg(args, "--per-chat", 3);
        var replies = IntArg(args, "--replies", 10);
        await using var server = await FakeTelegramServer.StartAsync();
        var ids = Enumerable.Range(1, chats).Select(i => i % 2 == 0 ? (long)i : -1_000_000L - i).ToList();
        foreach (var id in ids)
            server.AddChat(id > 0 ? FakeTelegramChat.Private(id) : FakeTelegramChat.Supergroup(id));
        await using var services = Build(server);
        var platform = services.GetRequiredService<TelegramPlatform>();

        var posts = Enumerable.Range(0, perChat).SelectMany(round => ids.Select(id => new OutgoingPost
        {
            ChannelId = id.ToString(),
            Digests = [Story(round, id)],
            IdempotencyKey = $"{id}-{round}",
        })).ToList();
        var clock = Stopwatch.StartNew();
        var fanOut = posts.Select(p => PostUntilDoneAsync(platform, p)).ToList();
        var replyWaits = new List<double>();
        for (var i = 0; i < replies; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var started = clock.Elapsed;
            var reply = await platform.SendAsync(new OutgoingPost
            {
                ChannelId = ids[(i * 7919) % ids.Count].ToString(),
                Text = "reply " + i,
                IdempotencyKey = "reply-" + i,
            }, priority: true, default);
            if (reply.Outcome == PostOutcome.Posted)
                replyWaits.Add((clock.Elapsed - started).TotalMilliseconds);
        }
        var outcomes = await Task.WhenAll(fanOut);
        clock.Stop();

        var accepted = server.Messages.Count;
        var postMessages = accepted - replyWaits.Count;
        Console.WriteLine($"telegram-rate: {chats} chats ({ids.Count(i => i < 0)} groups), {posts.Count} posts + {replies} command replies");
        Console.WriteLine($"  messages accepted : {accepted} (posts {postMessages}, replies {replyWaits.Count})");
        Console.WriteLine($"  elapsed           : {clock.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"  throughput        : {accepted / clock.Elapsed.TotalSeconds:F1} msg/s (limit 30/s)");
        Console.WriteLine($"  429 answers       : {server.TooManyRequests.Count}");
        Console.WriteLine($"  posts not posted  : {outcomes.Count(o => o.Outcome != PostOutcome.Posted)}; retries after RateLimited: {outcomes.Sum(o => o.Retries)}");
        if (replyWaits.Count > 0)
            Console.WriteLine($"  reply wait (ms)   : median {Median(replyWaits):F0}, max {replyWaits.Max():F0} (while {posts.Count} posts queued)");
        return server.TooManyRequests.Count == 0 && outcomes.All(o => o.Outcome == PostOutcome.Posted) ? 0 : 1;
    }

    private static async Task<(PostOutcome Outcome, int Retries)> PostUntilDoneAsync(TelegramPlatform platform, OutgoingPost post)
    {
        for (var retries = 0; ; retries++)
        {
            var result = await platform.PostAsync(post, default);
            if (result.Outcome != PostOutcome.RateLimited || retries >= 5)
                return (result.Outcome, retries);
            await Task.Delay(result.RetryAfter ?? TimeSpan.FromSeconds(1));
        }
    }

    private static ServiceProvider Build(FakeTelegramServer server) =>
        new ServiceCollection()
            .AddLogging(l => l.AddConsole().SetMinimumLevel(LogLevel.Error))
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ICommandDispatcher, NoCommands>()
            .AddSingleton<IChannelEvents, NoChannelEvents>()
            .AddTelegramPlatform(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Telegram:Token"] = server.Token,
                ["Telegram:BaseUrl"] = server.BaseUrl,
            }).Build())
            .BuildServiceProvider();

    private static Digest Story(int round, long chat) => new()
    {
        Headline = $"Story {round} for {chat}",
        Summary = "Officials said the bridge would reopen on Friday after repairs & checks.",
        Outlet = "Wire",
        Link = $"https://news.example/{round}",
        Quotes = [new DigestQuote("We are nearly there", "Ana Lopez")],
    };

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var v) && v > 0 ? v : fallback;
    }

    private sealed class NoCommands : ICommandDispatcher
    {
        public IReadOnlyList<CommandDescription> Descriptions => [];
        public Task<CommandReply> DispatchAsync(CommandRequest request, CancellationToken ct) => Task.FromResult(CommandReply.Say(""));
        public IReadOnlyList<string> CompleteTopics(string prefix) => [];
    }

    private sealed class NoChannelEvents : IChannelEvents
    {
        public Task ChannelGoneAsync(string platform, string channelId, string reason, CancellationToken ct) => Task.CompletedTask;
        public Task ChannelMovedAsync(string platform, string oldChannelId, string newChannelId, CancellationToken ct) => Task.CompletedTask;
        public Task ChannelForbiddenAsync(string platform, string channelId, string reason, CancellationToken ct) => Task.CompletedTask;
    }
}
