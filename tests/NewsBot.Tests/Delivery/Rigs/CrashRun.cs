using System.Globalization;

namespace NewsBot.Tests.Delivery.Rigs;

public sealed record CrashRunOptions
{
    /// <summary>Channels on each platform.</summary>
    public int Channels { get; init; } = 25;
    public int Stories { get; init; } = 2;
    public int Kills { get; init; } = 3;
    public int Seed { get; init; } = 1;
    /// <summary>Longest wait after the first post of a run before the kill.</summary>
    public int MaxKillDelayMs { get; init; } = 700;
    /// <summary>Short, so claims of a killed process come back soon; still far above one post's duration.</summary>
    public int LeaseSeconds { get; init; } = 4;
    public int Concurrency { get; init; } = 16;
}

public sealed record CrashRunResult
{
    public int Runs { get; init; }
    public int Kills { get; init; }
    public int Expected { get; init; }
    public int MissingDiscord { get; init; }
    public int MissingTelegram { get; init; }
    public int DiscordMessages { get; init; }
    public int DiscordDistinctNonces { get; init; }
    /// <summary>Creates the fake answered with the existing message because the nonce was seen (a repeat it absorbed).</summary>
    public int DiscordNonceDedupes { get; init; }
    public int TelegramMessages { get; init; }
    /// <summary>Messages beyond the first for the same chat and story (Telegram has no idempotency key).</summary>
    public int TelegramDuplicates { get; init; }
    public int RowsNotDelivered { get; init; }
    public int RowsClaimedAfterStop { get; init; }
    public bool StoppedOnSigterm { get; init; }
    /// <summary>True when the SIGTERM run was stopped with rows still to deliver.</summary>
    public bool SigtermMidFanout { get; init; }
    public string LastLog { get; init; } = "";
    /// <summary>Standard error of the run stopped with SIGTERM mid-fan-out.</summary>
    public string SigtermLog { get; init; } = "";
    /// <summary>For each repeated Telegram post: how long before the kill its first copy was accepted (ms, sorted).</summary>
    public IReadOnlyList<double> TelegramRepeatLeadMs { get; init; } = [];

    public int DiscordDuplicates => DiscordMessages - DiscordDistinctNonces;

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"runs {Runs} (kills {Kills}), deliveries expected {Expected}, missing discord {MissingDiscord} telegram {MissingTelegram}, " +
        $"discord messages {DiscordMessages} distinct nonces {DiscordDistinctNonces} duplicates {DiscordDuplicates} (nonce dedupes by the fake {DiscordNonceDedupes}), " +
        $"telegram messages {TelegramMessages} duplicates {TelegramDuplicates}, rows not delivered {RowsNotDelivered}, claimed after SIGTERM {RowsClaimedAfterStop}, " +
        $"stopped on SIGTERM {StoppedOnSigterm} (mid-fan-out {SigtermMidFanout})");
}

/// <summary>
/// Crash safety end to end: stories with outbox rows for Discord and Telegram channels are written to a SQLite file,
/// then the real host process delivers them and is killed (SIGKILL) at random points, restarted, killed again...,
/// then stopped with SIGTERM mid-fan-out, and finally left to finish and stopped with SIGTERM again.
/// Every (story, channel) must arrive; what arrived twice is counted.
/// </summary>
public static class CrashRun
{
    public static async Task<CrashRunResult> RunAsync(CrashRunOptions o)
    {
        using var files = new DeliveryRigFiles();
        var discordIds = Enumerable.Range(0, o.Channels).Select(FakePlatforms.DiscordChannelId).ToList();
        var telegramIds = Enumerable.Range(0, o.Channels).Select(FakePlatforms.TelegramChatId).ToList();
        var channels = discordIds.Select(id => "discord:" + id)
            .Concat(telegramIds.Select(id => "telegram:" + id.ToString(CultureInfo.InvariantCulture))).ToList();
        await RigStories.IngestAsync(await RigStories.OpenStoreAsync(files.DatabaseFile), o.Stories, channels, DateTimeOffset.UtcNow);

        await using var fakes = await FakePlatforms.StartAsync(telegramIds);
        var settings = fakes.Settings();
        settings["Storage:DataDirectory"] = files.DataDirectory;
        settings["Console:Enabled"] = "false";
        settings["Delivery:LeaseSeconds"] = o.LeaseSeconds.ToString(CultureInfo.InvariantCulture);
        settings["Delivery:Concurrency"] = o.Concurrency.ToString(CultureInfo.InvariantCulture);
        settings["Delivery:PollIntervalMilliseconds"] = "100";
        settings["Delivery:MaxBackoffSeconds"] = "2";

        var random = new Random(o.Seed);
        var runs = 0;
        var kills = new List<DateTimeOffset>();
        for (var k = 0; k < o.Kills; k++)
        {
            if ((await OutboxRows.ReadAsync(files.DatabaseFile)).All(r => r.Status == "delivered"))
                break;
            using var host = HostProcess.Start(files.ConfigDirectory, settings);
            runs++;
            await WaitForFirstPostAsync(fakes, host);
            await Task.Delay(random.Next(0, o.MaxKillDelayMs + 1));
            kills.Add(DateTimeOffset.UtcNow);
            await host.KillAsync();
        }

        // SIGTERM in the middle of a fan-out: posts in flight finish within the grace or are released; none stays claimed.
        var midFanout = false;
        var claimedAfterSigterm = 0;
        var stopped = true;
        var sigtermLog = "";
        if (!(await OutboxRows.ReadAsync(files.DatabaseFile)).All(r => r.Status == "delivered"))
        {
            using var host = HostProcess.Start(files.ConfigDirectory, settings);
            runs++;
            await WaitForFirstPostAsync(fakes, host);
            await Task.Delay(random.Next(0, o.MaxKillDelayMs + 1));
            stopped = await host.TerminateAsync(TimeSpan.FromSeconds(30));
            var afterTerm = await OutboxRows.ReadAsync(files.DatabaseFile);
            midFanout = afterTerm.Any(r => r.Status != "delivered");
            // Claims of the processes killed before may still be inside their lease; only this process's count.
            claimedAfterSigterm = afterTerm.Count(r => r.ClaimedByProcess(host.Id));
            sigtermLog = host.Log;
        }

        string log;
        using (var last = HostProcess.Start(files.ConfigDirectory, settings))
        {
            runs++;
            var done = await OutboxRows.WaitAllDeliveredAsync(files.DatabaseFile, TimeSpan.FromSeconds(90));
            stopped &= await last.TerminateAsync(TimeSpan.FromSeconds(30));
            log = last.Log;
            if (!done)
                throw new InvalidOperationException("not everything was delivered within 90 s after the last restart:\n" + log);
        }
        var rows = await OutboxRows.ReadAsync(files.DatabaseFile);
        return Tally(o, fakes, discordIds, telegramIds, rows, kills) with
        {
            Runs = runs, Kills = kills.Count, StoppedOnSigterm = stopped, SigtermMidFanout = midFanout, LastLog = log, SigtermLog = sigtermLog,
            RowsClaimedAfterStop = claimedAfterSigterm + rows.Count(r => r.Status == "claimed"),
        };
    }

    /// <summary>Waits until the fakes accepted one more post than when the process started (it is delivering).</summary>
    private static async Task WaitForFirstPostAsync(FakePlatforms fakes, HostProcess host)
    {
        var before = Accepted(fakes);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (Accepted(fakes) == before && !host.HasExited && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        if (host.HasExited)
            throw new InvalidOperationException($"the host exited with {host.ExitCode}:\n{host.Log}");
    }

    private static int Accepted(FakePlatforms fakes) =>
        fakes.Discord.Records.Messages.Count + fakes.Discord.Records.NonceDuplicates + fakes.Telegram.Messages.Count;

    private static CrashRunResult Tally(CrashRunOptions o, FakePlatforms fakes, List<string> discordIds, List<long> telegramIds,
        IReadOnlyList<OutboxRowView> rows, List<DateTimeOffset> kills)
    {
        var discord = fakes.Discord.Records.Messages.ToList();
        var telegram = fakes.Telegram.Messages;
        var headlines = Enumerable.Range(1, o.Stories).Select(RigStories.Headline).ToList();
        var missingDiscord = discordIds.Sum(id => headlines.Count(h =>
            !discord.Any(m => m.ChannelId == id && m.Body.GetRawText().Contains(h, StringComparison.Ordinal))));
        var missingTelegram = telegramIds.Sum(id => headlines.Count(h =>
            !telegram.Any(m => m.ChatId == id && m.PlainText.Contains(h, StringComparison.Ordinal))));
        var byPost = telegram
            .GroupBy(m => (m.ChatId, Story: headlines.FindIndex(h => m.PlainText.Contains(h, StringComparison.Ordinal))))
            .ToList();
        var telegramFirsts = byPost.Count;
        var leads = byPost.Where(g => g.Count() > 1)
            .Select(g => g.Min(m => m.At))
            .Select(first => kills.Where(k => k >= first).Select(k => (k - first).TotalMilliseconds).DefaultIfEmpty(double.NaN).Min())
            .Order().ToList();
        return new CrashRunResult
        {
            Expected = 2 * o.Channels * o.Stories,
            MissingDiscord = missingDiscord,
            MissingTelegram = missingTelegram,
            DiscordMessages = discord.Count,
            DiscordDistinctNonces = discord.Select(m => m.Nonce).Distinct().Count(),
            DiscordNonceDedupes = fakes.Discord.Records.NonceDuplicates,
            TelegramMessages = telegram.Count,
            TelegramDuplicates = telegram.Count - telegramFirsts,
            TelegramRepeatLeadMs = leads,
            RowsNotDelivered = rows.Count(r => r.Status != "delivered"),
        };
    }
}
