using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;
using NewsBot.Web;

namespace NewsBot.Tests.Web;

public class LoggingTests
{
    [Fact]
    public async Task Each_fetch_logs_url_status_and_elapsed_time_with_stable_names()
    {
        using var logs = new CapturedLogs();
        await using var rig = await WebRig.StartAsync(logs: logs);
        rig.Server.Map("/feed.xml", FakeRoute.Feed("<rss/>"));

        await rig.FetchAsync("/feed.xml");

        var entry = Assert.Single(logs.Entries, e => e.Category == typeof(HttpWebFetcher).FullName);
        Assert.Equal(rig.Server.Url("/feed.xml").ToString(), entry.Properties["Url"]);
        Assert.Equal(FetchStatus.Ok, entry.Properties["Status"]);
        Assert.IsType<long>(entry.Properties["ElapsedMs"]);
    }
}
