using System.Globalization;
using NewsBot.Tests.Delivery.Rigs;

namespace NewsBot.Benchmarks.Fanout;

/// <summary>
/// The crash-safety run at full length: the real host process delivers stories to Discord and Telegram channels and is
/// killed (SIGKILL) at random points, restarted, killed again, N times, then finishes and is stopped with SIGTERM.
/// `dotnet run -c Release --project tests/NewsBot.Benchmarks -- crash [--kills 20] [--channels 50] [--stories 10] [--seed 1] [--max-kill-delay-ms 1000]`
/// (--channels per platform; each kill comes 0 to max-kill-delay-ms after the run's first accepted post).
/// </summary>
public sealed class CrashHarness : IHarness
{
    public string Name => "crash";

    public string Summary => "kill -9 the real host 20 times mid fan-out; count lost posts and duplicates per platform";

    public async Task<int> RunAsync(string[] args)
    {
        var o = new CrashRunOptions
        {
            Kills = IntArg(args, "--kills", 20),
            Channels = IntArg(args, "--channels", 50),
            Stories = IntArg(args, "--stories", 10),
            Seed = IntArg(args, "--seed", 1),
            MaxKillDelayMs = IntArg(args, "--max-kill-delay-ms", 1000),
        };
        var r = await CrashRun.RunAsync(o);
        var missing = r.MissingDiscord + r.MissingTelegram;
        Console.WriteLine(FormattableString.Invariant(
            $"crash: runs {r.Runs} ({r.Kills} killed with SIGKILL, then SIGTERM mid-fan-out: {r.SigtermMidFanout}, the last stopped with SIGTERM), {o.Channels} Discord + {o.Channels} Telegram channels x {o.Stories} stories"));
        Console.WriteLine(FormattableString.Invariant($"  deliveries: {r.Expected - missing}/{r.Expected} (missing discord {r.MissingDiscord}, telegram {r.MissingTelegram})"));
        Console.WriteLine(FormattableString.Invariant(
            $"  discord duplicates: {r.DiscordDuplicates} ({r.DiscordMessages} messages, {r.DiscordDistinctNonces} distinct nonces; repeats absorbed by nonce dedupe: {r.DiscordNonceDedupes})"));
        Console.WriteLine(FormattableString.Invariant($"  telegram duplicates: {r.TelegramDuplicates} ({r.TelegramMessages} messages; {(double)r.TelegramDuplicates / Math.Max(1, r.Kills):0.0} per kill)"));
        if (r.TelegramRepeatLeadMs.Count > 0)
            Console.WriteLine(FormattableString.Invariant(
                $"  telegram repeats: first copy accepted before the kill by (ms) min {r.TelegramRepeatLeadMs[0]:0}, median {r.TelegramRepeatLeadMs[r.TelegramRepeatLeadMs.Count / 2]:0}, max {r.TelegramRepeatLeadMs[^1]:0}"));
        Console.WriteLine(FormattableString.Invariant(
            $"  outbox rows not delivered: {r.RowsNotDelivered}; claimed after SIGTERM: {r.RowsClaimedAfterStop}; exited on SIGTERM: {r.StoppedOnSigterm}"));
        return missing == 0 && r.DiscordDuplicates == 0 && r.RowsNotDelivered == 0 && r.RowsClaimedAfterStop == 0 && r.StoppedOnSigterm ? 0 : 1;
    }

    private static int IntArg(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) && v > 0 ? v : fallback;
    }
}
