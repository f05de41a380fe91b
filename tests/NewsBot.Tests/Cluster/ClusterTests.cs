using System.Text;
using NewsBot.Fakes.Web;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Cluster;

/// <summary>
/// Two NewsBot hosts on one PostgreSQL database with Quartz clustered: 200 feeds polled once each, none twice,
/// one host stopped mid-run and its feeds picked up by the other, every story delivered once across both.
/// </summary>
public class ClusterTests
{
    private const int Feeds = 200;

    [PostgresFact]
    public async Task Two_hosts_share_the_feeds_and_the_deliveries()
    {
        await using var web = await FakeWebServer.StartAsync();
        var feeds = web.ServeFeeds(Feeds, notModifiedFraction: 0.9);
        var root = WriteConfig(web, feeds);
        var connection = await PostgresDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = connection,
            ["Polling:FirstPollSpreadSeconds"] = "6",
            ["Polling:FirstPollPostNewest"] = "1",
            ["Polling:FetchArticles"] = "false",
            ["Web:MaxConcurrentPerHost"] = "16",
            ["Cluster:CheckinIntervalSeconds"] = "1",
            ["Cluster:CheckinMisfireThresholdSeconds"] = "3",
        };

        var a = await TestHost.StartAsync(root, settings);
        var b = await TestHost.StartAsync(root, settings);
        await using (b)
        {
            // Stop one host while the first polls are still being spread over their window.
            await Task.Delay(1500);
            var pollsBeforeStop = web.TotalRequests;
            await a.DisposeAsync();
            Assert.True(pollsBeforeStop < Feeds, $"host A stopped after all polls ({pollsBeforeStop}); the take-over was not exercised");

            await Eventually(() => Enumerable.Range(0, Feeds).All(i => web.RequestCount(feeds.PathOf(i)) >= 1), 60);
            await Eventually(() => DemoStories(a) + DemoStories(b) >= Feeds, 60);
            await Task.Delay(1000); // anything extra would show up now
            var polledTwice = Enumerable.Range(0, Feeds).Where(i => web.RequestCount(feeds.PathOf(i)) > 1).ToList();
            Assert.Empty(polledTwice);
            Assert.Equal(Feeds, DemoStories(a) + DemoStories(b));
            var headlines = Headlines(a.Console.Output).Concat(Headlines(b.Console.Output)).ToList();
            Assert.Equal(headlines.Count, headlines.Distinct().Count());
        }
    }

    private static int DemoStories(TestHost host) => Headlines(host.Console.Output).Count();

    private static IEnumerable<string> Headlines(string output) =>
        output.Split('\n').Where(l => l.StartsWith("■ ", StringComparison.Ordinal));

    private static string WriteConfig(FakeWebServer web, GeneratedFeeds feeds)
    {
        var root = Path.Combine(Path.GetTempPath(), "newsbot-cluster-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Path.Combine(root, "config"));
        var sb = new StringBuilder("{\n  \"feeds\": [\n");
        for (var i = 0; i < Feeds; i++)
            sb.Append($"    {{ \"id\": \"f{i}\", \"url\": \"{web.Url(feeds.PathOf(i))}\", \"intervalMinutes\": 1 }}{(i < Feeds - 1 ? "," : "")}\n");
        sb.Append("""
              ],
              "topics": [ { "name": "generated", "keywords": ["story"] } ],
              "channels": [ { "platform": "console", "id": "main" } ],
              "subscriptions": [ { "channel": "console:main", "topic": "generated" } ]
            }
            """);
        File.WriteAllText(Path.Combine(root, "config", "newsbot.json"), sb.ToString());
        return root;
    }

    private static async Task Eventually(Func<bool> condition, int seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(100);
        }
    }
}
