using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Abstractions;
using NewsBot.Delivery;
using NewsBot.Hosting;
using NewsBot.Tests.Delivery.Rigs;

namespace NewsBot.Benchmarks.Fanout;

/// <summary>
/// One story to N subscribed channels through the real pipeline: the story and its N outbox rows are written in one
/// transaction (as ingest does), then the host's DeliveryWorker posts them through the platform adapter to the fake
/// with the real limits on. Reports the time against the floor the limits allow, the 429s, and the window between the
/// platform accepting a message and its outbox row being marked delivered (a crash inside it repeats the post on
/// Telegram, which has no idempotency key).
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- fanout [--channels 1000] [--concurrency N] [--platform discord|telegram]`
/// </summary>
public sealed class FanoutHarness : IHarness
{
    public string Name => "fanout";

    public string Summary => "one story to 1,000 Discord and 1,000 Telegram channels through outbox + DeliveryWorker; time vs floor, 429s";

    public async Task<int> RunAsync(string[] args)
    {
        var channels = IntArg(args, "--channels", 1000);
        var concurrency = IntArg(args, "--concurrency", 0);
        var only = StringArg(args, "--platform");
        var ok = true;
        foreach (var platform in new[] { "discord", "telegram" }.Where(p => only is null || p == only))
        {
            var r = await RunOneAsync(platform, channels, concurrency);
            var floor = channels / (platform == "discord" ? 50.0 : 30.0);
            Console.WriteLine(FormattableString.Invariant(
                $"fanout {platform}: {r.Delivered} channels in {r.Seconds:0.0} s (floor {floor:0.0} s, ratio {r.Seconds / floor:0.00}), 429s: {r.TooMany}"));
            Console.WriteLine(FormattableString.Invariant(
                $"  accepted -> marked delivered (ms): p50 {r.Window[r.Window.Count / 2]:0} p95 {r.Window[(int)(r.Window.Count * 0.95)]:0} max {r.Window[^1]:0}; MarkDelivered commit alone: median {r.CommitMs:0.000} ms; Delivery:Concurrency {r.Concurrency}; messages beyond one per channel: {r.Duplicates}"));
            ok &= r.Delivered == channels && r.TooMany == 0 && r.Duplicates == 0;
        }
        return ok ? 0 : 1;
    }

    private sealed record Run(int Delivered, double Seconds, int TooMany, List<double> Window, double CommitMs, int Concurrency, int Duplicates);

    private static async Task<Run> RunOneAsync(string platform, int count, int concurrency)
    {
        using var files = new DeliveryRigFiles();
        var discord = platform == "discord";
        var telegramIds = discord ? [] : Enumerable.Range(0, count).Select(FakePlatforms.TelegramChatId).ToList();
        var channels = discord
            ? Enumerable.Range(0, count).Select(i => "discord:" + FakePlatforms.DiscordChannelId(i)).ToList()
            : telegramIds.Select(id => "telegram:" + id.ToString(CultureInfo.InvariantCulture)).ToList();
        await using var fakes = await FakePlatforms.StartAsync(telegramIds);
        var settings = fakes.Settings(discord: discord, telegram: !discord);
        settings["Storage:DataDirectory"] = files.DataDirectory;
        settings["Console:Enabled"] = "false";
        settings["Logging:LogLevel:Default"] = "Warning";
        if (concurrency > 0)
            settings["Delivery:Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture);
        var (host, errors) = NewsBotHost.Build(new HostLaunch { ConfigDirectory = files.ConfigDirectory, Settings = settings, WatchConfig = false });
        if (host is null)
            throw new InvalidOperationException("host did not build: " + string.Join("; ", errors));
        using (host)
        {
            await host.StartAsync();
            var store = host.Services.GetRequiredService<INewsStore>();
            var options = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<Configuration.DeliveryOptions>>().CurrentValue;
            await Task.Delay(1000); // platform start-up (gateway, getMe) out of the way

            var start = DateTimeOffset.UtcNow;
            await RigStories.IngestAsync(store, 1, channels, start);
            host.Services.GetRequiredService<DeliveryWorker>().Nudge();
            var deadline = start + TimeSpan.FromSeconds(count / 5.0 + 60);
            while (await store.CountsAsync(default) is { Pending: > 0 } && DateTimeOffset.UtcNow < deadline)
                await Task.Delay(100);

            var rows = await OutboxRows.ReadAsync(files.DatabaseFile);
            var delivered = rows.Where(r => r.DeliveredAt is not null).ToList();
            var end = DateTimeOffset.FromUnixTimeMilliseconds(delivered.Max(r => r.DeliveredAt!.Value));
            var accepted = discord
                ? fakes.Discord.Records.Messages.GroupBy(m => "discord:" + m.ChannelId).ToDictionary(g => g.Key, g => g.Min(m => m.At))
                : fakes.Telegram.Messages.GroupBy(m => "telegram:" + m.ChatId.ToString(CultureInfo.InvariantCulture)).ToDictionary(g => g.Key, g => g.Min(m => m.At));
            var window = delivered.Where(r => accepted.ContainsKey(r.Channel))
                // delivered_at is stored in whole milliseconds, so a window under 1 ms can come out just below 0.
                .Select(r => Math.Max(0, (DateTimeOffset.FromUnixTimeMilliseconds(r.DeliveredAt!.Value) - accepted[r.Channel]).TotalMilliseconds))
                .Order().ToList();
            var commit = await CommitMillisecondsAsync(store, delivered.Take(50).ToList());
            await host.StopAsync(TimeSpan.FromSeconds(15));
            var messages = discord ? fakes.Discord.Records.Messages.Count : fakes.Telegram.Messages.Count;
            var tooMany = discord ? fakes.Discord.Records.RateLimitHits.Count : fakes.Telegram.TooManyRequests.Count;
            return new Run(delivered.Count, (end - start).TotalSeconds, tooMany, window, commit, options.Concurrency, messages - accepted.Count);
        }
    }

    /// <summary>The median time of the MarkDelivered update alone (re-marking rows already delivered).</summary>
    private static async Task<double> CommitMillisecondsAsync(INewsStore store, List<OutboxRowView> rows)
    {
        var times = new List<double>();
        foreach (var r in rows)
        {
            var at = DateTimeOffset.FromUnixTimeMilliseconds(r.DeliveredAt!.Value);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            await store.MarkDeliveredAsync(r.Id, "re-marked", at, default);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        return times.Count == 0 ? 0 : times.Order().ElementAt(times.Count / 2);
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }

    private static string? StringArg(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
