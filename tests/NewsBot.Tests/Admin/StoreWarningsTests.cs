using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using NewsBot.Core.Delivery;
using NewsBot.Core.Stories;
using NewsBot.Storage;
using NewsBot.Storage.Sqlite;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Admin;

public class StoreWarningsTests
{
    private const string Config = """
        {
          "feeds": [ { "id": "a", "url": "https://a.example/rss" }, { "id": "b", "url": "https://b.example/rss" } ],
          "topics": [ { "name": "syria", "keywords": ["Syria"] }, { "name": "weather", "keywords": ["storm"] } ],
          "channels": [ { "platform": "console", "id": "main" } ],
          "subscriptions": [ { "channel": "console:main", "topic": "syria" } ]
        }
        """;

    [Fact]
    public async Task Validate_config_warns_about_unmatched_topics_failing_feeds_and_stray_subscriptions()
    {
        var rig = new AdminRig().WithConfig(Config);
        var data = Path.Combine(rig.Root, "data");
        Directory.CreateDirectory(data);
        rig.WithAppSettings($$"""{ "Storage": { "DataDirectory": {{System.Text.Json.JsonSerializer.Serialize(data)}} } }""");
        var file = Path.Combine(data, "newsbot.db");
        var store = new SqlStore(SqliteDialect.ForFile(file), NullLoggerFactory.Instance);
        await store.MigrateAsync(CancellationToken.None);
        var now = DateTimeOffset.Parse("2026-11-23T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        await store.AddAsync(StoreFixture.Story("a", "s1", "Syria talks resume", now, topics: ["syria"]));
        await store.SaveFeedStateAsync(new FeedState
        {
            FeedId = "b", Url = "https://b.example/rss", ConfiguredUrl = "https://b.example/rss", Failures = 6, Failing = true, LastError = "HTTP 503 Service Unavailable",
        }, CancellationToken.None);
        await store.UpsertSubscriptionAsync(new Subscription { Channel = "telegram:-1001", Topic = "mars", Source = SubscriptionSource.Command }, CancellationToken.None);
        await store.UpsertSubscriptionAsync(new Subscription { Channel = "telegram:-1002", Topic = "weather", Source = SubscriptionSource.Command }, CancellationToken.None);
        SqliteConnection.ClearAllPools(); // the bot is stopped: the read-only open must work on a closed WAL database
        var stamp = File.GetLastWriteTimeUtc(file);

        var run = await rig.RunAsync("validate-config");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("OK: 2 feeds, 2 topics", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning: topic 'weather' has matched no stored story", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("topic 'syria' has matched", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning: feed 'b' is failing (6 failures in a row): HTTP 503 Service Unavailable", run.Out, StringComparison.Ordinal);
        Assert.Contains("warning: subscription of telegram:-1001 (made by a command) names the unknown topic 'mars'", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("telegram:-1002", run.Out, StringComparison.Ordinal);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(file));
    }

    [Fact]
    public async Task Without_a_store_there_are_no_warnings()
    {
        var rig = new AdminRig().WithConfig(Config);
        rig.WithAppSettings($$"""{ "Storage": { "DataDirectory": {{System.Text.Json.JsonSerializer.Serialize(Path.Combine(rig.Root, "none"))}} } }""");

        var run = await rig.RunAsync("validate-config");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.DoesNotContain("warning", run.Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(rig.Root, "none")));
    }
}
