using System.Text.Json;
using System.Text.RegularExpressions;
using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Admin;

public class PreviewTests
{
    private const string Config = """
        {
          // Fixture for preview tests.
          "feeds": [ { "id": "gazette", "url": "markup-feed.xml", "name": "Quay & Canal Gazette" } ],
          "topics": [
            { "name": "transport", "keywords": ["tram", "ferry"] },
            { "name": "bread", "keywords": ["bread"] }
          ],
          "channels": [ { "platform": "console", "id": "main" } ]
        }
        """;

    private static AdminRig Rig()
    {
        var rig = new AdminRig().WithConfig(Config);
        File.Copy(AdminRig.Fixture("markup-feed.xml"), Path.Combine(rig.ConfigDir, "markup-feed.xml"));
        return rig;
    }

    private static string FeedFile(AdminRig rig) => Path.Combine(rig.ConfigDir, "markup-feed.xml");

    [Fact]
    public async Task Console_preview_prints_each_headline_oldest_first()
    {
        var run = await Rig().RunAsync("preview", "gazette", "--no-articles");

        Assert.True(run.ExitCode == 0, run.ToString());
        var ferry = run.Out.IndexOf("■ Ferry fares cut & tram line extended to the harbour\n  Quay & Canal Gazette · 2026-11-23 08:00 UTC", StringComparison.Ordinal);
        var bread = run.Out.IndexOf("■ Bakery wins <regional> bread prize", StringComparison.Ordinal);
        Assert.True(ferry >= 0 && bread > ferry, run.ToString());
        Assert.Contains("  “Nobody should pay more to cross the water than to cross the street” — Ada Lindqvist", run.Out, StringComparison.Ordinal);
        Assert.Contains("  https://gazette.example.org/ferry-fares\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("2 of 2 entries shown", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Discord_preview_prints_message_bodies_with_embed_title_and_url()
    {
        var rig = Rig();
        var run = await rig.RunAsync("preview", FeedFile(rig), "--platform", "discord", "--no-articles");

        Assert.True(run.ExitCode == 0, run.ToString());
        var bodies = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, bodies.Count);
        var embed = bodies[0].GetProperty("embeds")[0];
        Assert.Equal("Ferry fares cut & tram line extended to the harbour", embed.GetProperty("title").GetString());
        Assert.Equal("https://gazette.example.org/ferry-fares", embed.GetProperty("url").GetString());
        Assert.Equal("Quay & Canal Gazette", embed.GetProperty("footer").GetProperty("text").GetString());
        Assert.Equal(0, bodies[0].GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("https://gazette.example.org/bread-prize", bodies[1].GetProperty("embeds")[0].GetProperty("url").GetString());
    }

    [Fact]
    public async Task Telegram_preview_escapes_feed_markup()
    {
        var run = await Rig().RunAsync("preview", "gazette", "--platform", "telegram", "--no-articles");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("<b>Ferry fares cut &amp; tram line extended to the harbour</b>\n<i>Quay &amp; Canal Gazette · 2026-11-23 08:00 UTC</i>", run.Out, StringComparison.Ordinal);
        Assert.Contains("<b>Bakery wins &lt;regional&gt; bread prize</b>", run.Out, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://gazette.example.org/ferry-fares\">Read at Quay &amp; Canal Gazette</a>", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", run.Out, StringComparison.OrdinalIgnoreCase);
        var tags = Regex.Matches(run.Out, "</?([a-z]+)").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Subset(new HashSet<string> { "b", "i", "a", "blockquote" }, tags);
    }

    [Fact]
    public async Task The_topic_filter_keeps_only_matching_stories()
    {
        var run = await Rig().RunAsync("preview", "gazette", "--topic", "bread", "--no-articles");
        var unknown = await Rig().RunAsync("preview", "gazette", "--topic", "mars", "--no-articles");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("■ Bakery wins <regional> bread prize", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry fares", run.Out, StringComparison.Ordinal);
        Assert.Contains("1 of 2 entries shown (topic bread)", run.Error, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("topic 'mars' is not declared", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_web_feed_is_fetched_and_a_teaser_is_completed_from_its_article_page()
    {
        await using var server = await FakeWebServer.StartAsync();
        var article = server.Url("/story.html");
        server.Map("/feed.xml", FakeRoute.Feed($"""
            <rss version="2.0">
              <channel>
                <title>Loopback Ledger</title>
                <item>
                  <title>Tram depot reopens</title>
                  <link>{article}</link>
                  <guid isPermaLink="false">t1</guid>
                  <description>The depot reopened.</description>
                </item>
              </channel>
            </rss>
            """));
        server.Map("/story.html", FakeRoute.Html("""
            <html><head><title>Tram depot reopens</title></head><body><article>
            <h1>Tram depot reopens</h1>
            <p>The northern tram depot reopened on Wednesday after eight months of repairs to its roof and tracks, the city transport office said.</p>
            <p>"The trams are back where they belong and the night lines run again from tonight," said Petra Solberg, who manages the depot.</p>
            <p>Repairs cost less than planned, and the office said the savings would go to new shelters at the busiest stops in the city centre.</p>
            </article></body></html>
            """));
        var rig = Rig().WithAppSettings("""{ "Web": { "AllowPrivateAddresses": true } }""");

        var run = await rig.RunAsync("preview", server.Url("/feed.xml").ToString(), "--topic", "transport");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("■ Tram depot reopens\n  Loopback Ledger\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("— Petra Solberg", run.Out, StringComparison.Ordinal); // the quote is on the article page, not in the feed
        Assert.Equal(1, server.RequestCount("/story.html"));
    }

    [Fact]
    public async Task A_web_feed_goes_through_the_guarded_fetcher_which_refuses_private_addresses_by_default()
    {
        await using var server = await FakeWebServer.StartAsync();
        server.Map("/feed.xml", FakeRoute.Feed("<rss version=\"2.0\"><channel><title>x</title></channel></rss>"));

        var run = await Rig().RunAsync("preview", server.Url("/feed.xml").ToString(), "--no-articles");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("could not read " + server.Url("/feed.xml"), run.Error, StringComparison.Ordinal);
        Assert.Equal(0, server.RequestCount("/feed.xml"));
    }

    [Fact]
    public async Task Bad_arguments_and_unreadable_feeds_are_clear_errors()
    {
        var rig = Rig();
        var notFeed = rig.WriteFile("not-a-feed.txt", "hello");

        var missing = await rig.RunAsync("preview", Path.Combine(rig.Root, "missing.xml"));
        var platform = await rig.RunAsync("preview", "gazette", "--platform", "irc");
        var garbage = await rig.RunAsync("preview", notFeed, "--no-articles");

        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("is not an http(s) URL, an existing file or a configured feed id", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, platform.ExitCode);
        Assert.Contains("usage: newsbot preview", platform.Error, StringComparison.Ordinal);
        Assert.Equal(2, garbage.ExitCode);
        Assert.Contains("is not a feed", garbage.Error, StringComparison.Ordinal);
    }
}
