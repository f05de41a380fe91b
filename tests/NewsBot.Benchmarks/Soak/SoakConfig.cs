
namespace NewsBot.Benchmarks.Soak;

/// <summary>The soak run's config folder (generated feeds, one topic, the console channel) and host settings.</summary>
internal static class SoakConfig
{
    public static string FeedId(int i) => $"gen-{i}";

    public static void Write(string root, int feeds, Func<int, Uri> url)
    {
        Directory.CreateDirectory(Path.Combine(root, "config"));
        var feedList = string.Join(",\n    ", Enumerable.Range(0, feeds).Select(i =>
            $"{{ \"id\": \"{FeedId(i)}\", \"url\": \"{url(i)}\", \"intervalMinutes\": 10 }}"));
        File.WriteAllText(Path.Combine(root, "config", "newsbot.json"), $$"""
            {
              "feeds": [
                {{feedList}}
              ],
              "topics": [ { "name": "generated", "displayName": "Generated", "keywords": ["story"] } ],
              "channels": [ { "platform": "console", "id": "main", "admin": true } ],
              "subscriptions": [ { "channel": "console:main", "topic": "generated", "cadence": "instant" } ]
            }
            """);
    }

    public static Dictionary<string, string?> Settings(string root, SoakOptions options) => new()
    {
        ["Clustering:WindowHours"] = options.ClusterWindowHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Storage:DataDirectory"] = Path.Combine(root, "data"),
        ["Console:Enabled"] = "true",
        ["Web:AllowPrivateAddresses"] = "true",
        ["Polling:FetchArticles"] = "false",
        ["Polling:FirstPollPostNewest"] = "5",
        ["Logging:LogLevel:Default"] = "Warning",
    };

    /// <summary>Sizes of the SQLite file and its write-ahead log, in MB.</summary>
    public static (double Main, double Wal) DatabaseMegabytes(string root)
    {
        var file = Path.Combine(root, "data", "newsbot.db");
        static double Mb(string f) => File.Exists(f) ? new FileInfo(f).Length / 1048576.0 : 0;
        return (Mb(file), Mb(file + "-wal"));
    }
}
