using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Tests.Support;
using Quartz;

namespace NewsBot.Tests.Host;

public class HotReloadTests
{
    [Fact]
    public async Task A_running_host_picks_up_an_added_feed_and_rejects_an_invalid_edit()
    {
        var root = TestHost.CopyConfig();
        var configPath = Path.Combine(root, "config", "newsbot.json");
        await using var host = await TestHost.StartAsync(root);
        var monitor = host.Get<ConfigMonitor>();
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();

        // Add a feed: it is scheduled and polled without a restart.
        File.WriteAllText(Path.Combine(root, "config", "samples", "extra.xml"), """
            <rss version="2.0"><channel><title>Extra (demo)</title>
            <item><title>Extra story from Damascus (demo)</title><guid>extra-1</guid><description>Damascus story text for the reload test.</description></item>
            </channel></rss>
            """);
        var original = File.ReadAllText(configPath);
        File.WriteAllText(configPath, original.Replace(
            "\"feeds\": [", "\"feeds\": [\n    { \"id\": \"extra\", \"url\": \"samples/extra.xml\", \"name\": \"Extra (demo)\" },", StringComparison.Ordinal));
        await Eventually(() => Task.FromResult(monitor.Current.Feed("extra") is not null));
        await Eventually(async () => await scheduler.GetJobDetail(new JobKey("extra", "feeds")) is not null);
        await Eventually(async () => (await host.Get<INewsStore>().GetFeedStateAsync("extra", default))?.StoryCount == 1);

        // An invalid edit is rejected; the last good configuration stays in force.
        File.WriteAllText(configPath, original.Replace("\"name\": \"syria\"", "\"name\": \"Not Valid\"", StringComparison.Ordinal));
        await Eventually(() => Task.FromResult(monitor.LastRejected.Count > 0));
        Assert.Contains(monitor.LastRejected, e => e.Path == "topics[0].name");
        Assert.NotNull(monitor.Current.Feed("extra"));
        Assert.NotNull(monitor.Current.Topic("syria"));

        // Removing the feed (a valid edit) unschedules it.
        File.WriteAllText(configPath, original);
        await Eventually(async () => await scheduler.GetJobDetail(new JobKey("extra", "feeds")) is null);
        Assert.Empty(monitor.LastRejected);
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 400; i++)
        {
            if (await condition())
                return;
            await Task.Delay(50);
        }
        Assert.Fail("condition not met within 20 s");
    }
}
