using System.Text;
using NewsBot.Admin;

namespace NewsBot.Tests.Admin;

/// <summary>The import edits newsbot.json as text: exact results for the layouts an admin may have written.</summary>
public class ConfigTextEditTests
{
    private static readonly OpmlFeed[] TwoFeeds = [new("Alpha News", "https://alpha.example/rss"), new("Beta", "https://beta.example/rss")];

    private static string Import(string config, IReadOnlyList<OpmlFeed>? feeds = null, string? topic = null)
    {
        var plan = OpmlImporter.Plan(Encoding.UTF8.GetBytes(config), Path.GetTempPath(), feeds ?? TwoFeeds, topic);
        Assert.True(plan.Error is null, plan.Error);
        return Encoding.UTF8.GetString(plan.NewText!);
    }

    [Fact]
    public void An_empty_one_line_list_is_opened_up()
    {
        const string config = "{\n  \"feeds\": [],\n  \"topics\": []\n}\n";
        Assert.Equal(
            "{\n  \"feeds\": [\n    { \"id\": \"alpha-news\", \"url\": \"https://alpha.example/rss\", \"name\": \"Alpha News\" },\n" +
            "    { \"id\": \"beta\", \"url\": \"https://beta.example/rss\", \"name\": \"Beta\" }\n  ],\n  \"topics\": []\n}\n",
            Import(config));
    }

    [Fact]
    public void A_missing_feeds_list_is_added()
    {
        const string config = "{\n  \"topics\": [] // none yet\n}\n";
        Assert.Equal(
            "{\n  \"topics\": [], // none yet\n  \"feeds\": [\n    { \"id\": \"alpha-news\", \"url\": \"https://alpha.example/rss\", \"name\": \"Alpha News\" },\n" +
            "    { \"id\": \"beta\", \"url\": \"https://beta.example/rss\", \"name\": \"Beta\" }\n  ]\n}\n",
            Import(config));
    }

    [Fact]
    public void A_comma_goes_after_the_last_entry_and_its_line_comment_stays_with_it()
    {
        const string config = "{\n  \"feeds\": [\n    { \"id\": \"old\", \"url\": \"https://old.example/rss\" } // the first\n  ]\n}\n";
        Assert.Equal(
            "{\n  \"feeds\": [\n    { \"id\": \"old\", \"url\": \"https://old.example/rss\" }, // the first\n" +
            "    { \"id\": \"alpha-news\", \"url\": \"https://alpha.example/rss\", \"name\": \"Alpha News\" },\n" +
            "    { \"id\": \"beta\", \"url\": \"https://beta.example/rss\", \"name\": \"Beta\" }\n  ]\n}\n",
            Import(config));
    }

    [Fact]
    public void A_one_line_list_grows_on_its_line()
    {
        const string config = "{ \"feeds\": [ { \"id\": \"old\", \"url\": \"https://old.example/rss\" } ] }";
        Assert.Equal(
            "{ \"feeds\": [ { \"id\": \"old\", \"url\": \"https://old.example/rss\" }, " +
            "{ \"id\": \"alpha-news\", \"url\": \"https://alpha.example/rss\", \"name\": \"Alpha News\" }, " +
            "{ \"id\": \"beta\", \"url\": \"https://beta.example/rss\", \"name\": \"Beta\" } ] }",
            Import(config));
    }

    [Fact]
    public void Windows_line_ends_and_a_byte_order_mark_are_kept()
    {
        var config = "{\r\n  \"feeds\": [\r\n    /* c */ { \"id\": \"old\", \"url\": \"https://old.example/rss\" },\r\n  ]\r\n}\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(config)).ToArray();

        var plan = OpmlImporter.Plan(bytes, Path.GetTempPath(), TwoFeeds, null);

        Assert.Null(plan.Error);
        Assert.Equal(Encoding.UTF8.GetPreamble(), plan.NewText![..3]);
        var text = Encoding.UTF8.GetString(plan.NewText[3..]);
        Assert.DoesNotContain("\n", text.Replace("\r\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith(config[..^8], text, StringComparison.Ordinal);
        Assert.Contains("\r\n    { \"id\": \"beta\", \"url\": \"https://beta.example/rss\", \"name\": \"Beta\" }\r\n  ]\r\n}\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ids_are_slugs_made_unique_and_json_escaping_is_right()
    {
        const string config = "{ \"feeds\": [ { \"id\": \"news\", \"url\": \"https://old.example/rss\" } ] }";
        OpmlFeed[] feeds = [new("News", "https://a.example/1"), new("NEWS!", "https://a.example/2"), new("Quote \" and \\ back", "https://a.example/3"), new("", "https://c.example/x/feed.xml")];

        var text = Import(config, feeds);

        Assert.Contains("{ \"id\": \"news-2\", \"url\": \"https://a.example/1\", \"name\": \"News\" }", text, StringComparison.Ordinal);
        Assert.Contains("{ \"id\": \"news-3\", \"url\": \"https://a.example/2\", \"name\": \"NEWS!\" }", text, StringComparison.Ordinal);
        Assert.Contains("{ \"id\": \"quote-and-back\", \"url\": \"https://a.example/3\", \"name\": \"Quote \\\" and \\\\ back\" }", text, StringComparison.Ordinal);
        Assert.Contains("{ \"id\": \"c-example-x-feed-xml\", \"url\": \"https://c.example/x/feed.xml\" }", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_title_gives_an_id_the_config_accepts()
    {
        var title = string.Concat(Enumerable.Repeat("Very long outlet name ", 10));
        var text = Import("{ \"feeds\": [] }", [new(title, "https://long.example/rss")]);
        var (config, errors) = NewsBot.Configuration.ConfigLoader.Load(text);
        Assert.Empty(errors);
        Assert.InRange(config!.Feeds[0].Id.Length, 1, FeedIdSlug.MaxLength);
    }
}
