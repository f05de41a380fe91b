using System.Text.Json;
namespace NewsBot.Benchmarks.Load;

/// <summary>A temp config folder whose newsbot.json declares one feed per generated fake-server feed (/feeds/{i}.xml, see GeneratedFeeds).</summary>
internal static class LoadConfig
{
    public static string Write(Uri serverBase, int feedCount, int intervalMinutes)
    {
        var root = Path.Combine(Path.GetTempPath(), "newsbot-load-" + Guid.NewGuid().ToString("N")[..12]);
        var config = Path.Combine(root, "config");
        Directory.CreateDirectory(config);
        var document = new
        {
            feeds = Enumerable.Range(0, feedCount).Select(i => new
            {
                id = $"load-{i}", url = new Uri(serverBase, $"/feeds/{i}.xml").AbsoluteUri, name = $"Load outlet {i}", intervalMinutes,
            }),
            topics = new[]
            {
                new { name = "quotes", displayName = "Quotes", keywords = new[] { "quoted" } },
                new { name = "weather", displayName = "Weather", keywords = new[] { "storm", "snow" } },
            },
            channels = Array.Empty<object>(),
            subscriptions = Array.Empty<object>(),
        };
        File.WriteAllText(Path.Combine(config, "newsbot.json"), JsonSerializer.Serialize(document));
        // The repository's host settings (log levels included), so the harness logs as a deployed bot does.
        if (RepositorySettings() is { } settings)
            File.Copy(settings, Path.Combine(config, "appsettings.json"));
        return root;
    }

    private static string? RepositorySettings()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "config", "appsettings.json");
            if (File.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "config", "newsbot.json")))
                return candidate;
        }
        return null;
    }
}
