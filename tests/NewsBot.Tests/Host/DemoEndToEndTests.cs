using NewsBot.Core.Abstractions;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Host;

/// <summary>The embedded default demo: sample feeds -> digests on the console, /latest syria, no repeats across a restart.</summary>
public class DemoEndToEndTests
{
    private const string SyriaHeadline = "Aid convoy reaches Idlib after week-long delay (demo)";
    private const string OtherHeadline = "Harbour rowing club wins national title (demo)";

    [Fact]
    public async Task Prints_digests_answers_latest_and_never_posts_twice_across_a_restart()
    {
        var root = TestHost.CopyConfig();
        string firstRun;
        await using (var host = await TestHost.StartAsync(root))
        {
            firstRun = await host.Console.WaitForAsync(o => Count(o, "■ ") >= 4);
            host.Console.Type("/latest syria");
            var output = await host.Console.WaitForAsync(o => o.Contains("Latest on Syria:", StringComparison.Ordinal) && Count(o, "■ ") >= 7);
            Assert.Contains(SyriaHeadline, output);
            Assert.DoesNotContain(OtherHeadline, output); // not about Syria, and the console follows only syria
            Assert.Contains("— Mira Haddad", output);
            firstRun = output;
            var counts = await host.Get<INewsStore>().CountsAsync(CancellationToken.None);
            Assert.Equal(0, counts.Pending);
            Assert.Equal(4, counts.Delivered);
        }

        // Each Syria story was posted exactly once before /latest.
        var beforeLatest = firstRun[..firstRun.IndexOf("Latest on Syria:", StringComparison.Ordinal)];
        Assert.Equal(1, Count(beforeLatest, SyriaHeadline));

        // The restart comes "much later": every feed is due again, so the same items are read again.
        await using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(root, "data", "newsbot.db")};Pooling=false"))
        {
            await db.OpenAsync();
            await using var cmd = db.CreateCommand();
            cmd.CommandText = "UPDATE feed_state SET last_polled_at = 0, next_poll_at = NULL";
            Assert.Equal(2, await cmd.ExecuteNonQueryAsync());
        }

        await using (var again = await TestHost.StartAsync(root))
        {
            again.Console.Type("/topics");
            await again.Console.WaitForAsync(o => o.Contains("Topics:", StringComparison.Ordinal));
            // Let the first polls of the restarted host run, then check nothing was posted again.
            await WaitForPollsAsync(again);
            again.Console.Type("/help");
            var output = await again.Console.WaitForAsync(o => o.Contains("/subscribe", StringComparison.Ordinal));
            Assert.DoesNotContain("■ ", output);
            var counts = await again.Get<INewsStore>().CountsAsync(CancellationToken.None);
            Assert.Equal(4, counts.Delivered);
        }
    }

    private static async Task WaitForPollsAsync(TestHost host)
    {
        var store = host.Get<INewsStore>();
        var started = DateTimeOffset.UtcNow;
        for (var i = 0; i < 300; i++)
        {
            var states = await store.ListFeedStatesAsync(CancellationToken.None);
            if (states.Count == 2 && states.All(s => s.LastPolledAt >= started.AddSeconds(-5)))
                return;
            await Task.Delay(50);
        }
        throw new TimeoutException("feeds were not polled after the restart");
    }

    internal static int Count(string text, string what)
    {
        var n = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
            n++;
        return n;
    }
}
