using NewsBot.Cli;
using NewsBot.Configuration;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Host;

public class ConfigValidationTests
{
    private static List<ConfigError> Errors(string json)
    {
        var dir = Path.Combine(Path.GetTempPath(), "newsbot-cfg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "feed.xml"), "<rss/>");
        File.WriteAllText(Path.Combine(dir, "newsbot.json"), json);
        return ConfigSnapshot.Load(dir).Errors;
    }

    private const string Valid = """
        {
          "feeds": [ { "id": "a", "url": "https://example.org/a.xml" }, { "id": "b", "url": "feed.xml" } ],
          "topics": [ { "name": "syria", "keywords": ["Syria"] } ],
          "channels": [ { "platform": "console", "id": "main" } ],
          "subscriptions": [ { "channel": "console:main", "topic": "syria", "cadence": "daily 08:30" } ]
        }
        """;

    [Fact]
    public void The_shipped_config_is_valid()
    {
        var (snapshot, errors) = ConfigSnapshot.Load(RepoPaths.Config);
        Assert.Empty(errors);
        Assert.NotNull(snapshot);
    }

    [Fact]
    public void A_valid_config_has_no_errors() => Assert.Empty(Errors(Valid));

    [Theory]
    [InlineData("\"url\": \"https://example.org/a.xml\"", "\"url\": \"ftp://x/y\"", "feeds[0].url: not an absolute http(s) URL or existing file")]
    [InlineData("\"url\": \"feed.xml\"", "\"url\": \"missing.xml\"", "feeds[1].url: not an absolute http(s) URL or existing file")]
    [InlineData("\"id\": \"b\"", "\"id\": \"a\"", "feeds[1].id: 'a' is used by another feed")]
    [InlineData("\"id\": \"b\"", "\"id\": \"B C\"", "feeds[1].id: 'B C' may hold only")]
    [InlineData("\"url\": \"feed.xml\"", "\"url\": \"feed.xml\", \"intervalMinutes\": 0", "feeds[1].intervalMinutes: 0 is out of range")]
    [InlineData("\"name\": \"syria\"", "\"name\": \"Syria\"", "topics[0].name: 'Syria' must be 1-32 lowercase")]
    [InlineData("\"keywords\": [\"Syria\"]", "\"keywords\": []", "topics[0].keywords: empty")]
    [InlineData("\"platform\": \"console\"", "\"platform\": \"irc\"", "channels[0].platform: 'irc' is not a platform")]
    [InlineData("\"cadence\": \"daily 08:30\"", "\"cadence\": \"weekly\"", "subscriptions[0].cadence: cadence must be")]
    [InlineData("\"topic\": \"syria\"", "\"topic\": \"mars\"", "subscriptions[0].topic: 'mars' is not a declared topic")]
    [InlineData("\"channel\": \"console:main\"", "\"channel\": \"discord:1\"", "subscriptions[0].channel: 'discord:1' is not a declared channel")]
    [InlineData("\"id\": \"a\",", "\"id\": \"a\", \"intervall\": 5,", "feeds[0].intervall: unknown key")]
    [InlineData("\"id\": \"a\",", "\"id\": \"a\", \"intervalMinutes\": \"ten\",", "feeds[0].intervalMinutes: has a value of the wrong type: expected a whole number")]
    [InlineData("\"feeds\"", "\"feedz\"", "feedz: unknown key")]
    public void Each_mistake_is_named_by_path(string from, string to, string expected)
    {
        var json = ReplaceFirst(Valid, from, to);
        var errors = Errors(json).Select(e => e.ToString()).ToList();
        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Several_mistakes_are_all_reported()
    {
        var json = ReplaceFirst(ReplaceFirst(ReplaceFirst(Valid, "\"platform\": \"console\"", "\"platform\": \"irc\""),
            "\"keywords\": [\"Syria\"]", "\"keywords\": []"), "https://example.org/a.xml", "not a url");
        var errors = Errors(json);
        Assert.True(errors.Count >= 3, string.Join("\n", errors));
        Assert.Contains(errors, e => e.Path == "feeds[0].url");
        Assert.Contains(errors, e => e.Path == "topics[0].keywords");
        Assert.Contains(errors, e => e.Path == "channels[0].platform");
    }

    [Fact]
    public void Broken_json_names_the_line()
    {
        var errors = Errors("{\n  \"feeds\": [\n    { \"id\": \"a\" \"url\": \"x\" }\n  ]\n}");
        var e = Assert.Single(errors);
        Assert.Contains("line 3", e.Message);
    }

    [Fact]
    public async Task Validate_config_command_prints_OK_or_the_list_and_exits_non_zero()
    {
        var ok = new StringWriter();
        Assert.Equal(0, await EntryPoint.RunCommandAsync("validate-config", ["--config", RepoPaths.Config], new CliContext(ok, TextWriter.Null, default)));
        Assert.StartsWith("OK:", ok.ToString());

        var dir = Path.Combine(Path.GetTempPath(), "newsbot-cfg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "newsbot.json"), ReplaceFirst(Valid, "\"platform\": \"console\"", "\"platform\": \"irc\""));
        var bad = new StringWriter();
        Assert.Equal(2, await EntryPoint.RunCommandAsync("validate-config", ["--config", dir], new CliContext(bad, TextWriter.Null, default)));
        Assert.Contains("channels[0].platform", bad.ToString());
        Assert.Contains("feeds[1].url", bad.ToString());
        Assert.DoesNotContain("   at ", bad.ToString()); // no stack trace
    }

    [Fact]
    public async Task The_host_refuses_to_start_on_a_bad_config_without_a_stack_trace()
    {
        var root = TestHost.CopyConfig();
        var path = Path.Combine(root, "config", "newsbot.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"cadence\": \"instant\"", "\"cadence\": \"sometimes\"", StringComparison.Ordinal));
        var err = new StringWriter();
        var code = await EntryPoint.RunCommandAsync("run", ["--config", Path.Combine(root, "config")], new CliContext(TextWriter.Null, err, default));
        Assert.Equal(2, code);
        Assert.Contains("subscriptions[0].cadence", err.ToString());
        Assert.DoesNotContain("   at ", err.ToString());
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        Assert.True(i >= 0, $"'{from}' not in the template");
        return text[..i] + to + text[(i + from.Length)..];
    }
}
