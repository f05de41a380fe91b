using NewsBot.Tests.Delivery.Rigs;
using Xunit.Abstractions;

namespace NewsBot.Tests.Delivery;

/// <summary>
/// The real host process is killed (SIGKILL) at random points of a fan-out to Discord and Telegram and restarted;
/// at the end every (story, channel) has arrived, Discord got nothing twice (nonce + enforce_nonce), and SIGTERM
/// left no row claimed. The full 20-kill version is the `crash` harness in tests/NewsBot.Benchmarks.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Killed_and_restarted_host_delivers_every_post_and_repeats_none_on_discord()
    {
        var result = await CrashRun.RunAsync(new CrashRunOptions { Channels = 20, Stories = 3, Kills = 3, Seed = 7 });
        output.WriteLine(result.Describe());
        output.WriteLine("SIGTERM run log:\n" + result.SigtermLog);

        Assert.True(result.Kills >= 1, "the host was never killed mid-fan-out: " + result.Describe());
        Assert.Equal(0, result.MissingDiscord);
        Assert.Equal(0, result.MissingTelegram);
        Assert.Equal(0, result.DiscordDuplicates);
        Assert.Equal(result.Expected / 2, result.DiscordDistinctNonces);
        // Telegram has no idempotency key: a post accepted just before a kill is sent again after it (counted, bounded).
        Assert.InRange(result.TelegramDuplicates, 0, result.Kills * 16);
        Assert.Equal(0, result.RowsNotDelivered);
        Assert.Equal(0, result.RowsClaimedAfterStop);
        Assert.True(result.SigtermMidFanout, "SIGTERM came after the fan-out had finished: " + result.Describe());
        Assert.True(result.StoppedOnSigterm, "the host did not exit within 30 s of SIGTERM\n" + result.LastLog);
    }
}
