using System.Xml.Linq;
using NewsBot.Configuration;

namespace NewsBot.Tests.Admin;

public class OpmlImportTests
{
    private static AdminRig CommentedConfig() => new AdminRig().WithConfigFixture("commented-newsbot.json");

    [Fact]
    public async Task Import_keeps_comments_and_entries_adds_new_feeds_and_skips_duplicates()
    {
        var rig = CommentedConfig();
        var before = File.ReadAllText(rig.ConfigFile);

        var run = await rig.RunAsync("opml", "import", AdminRig.Fixture("nested.opml"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var after = File.ReadAllText(rig.ConfigFile);
        foreach (var line in before.Split('\n'))
            Assert.Contains(line, after, StringComparison.Ordinal); // every comment, entry and trailing comma is still there
        var (snapshot, errors) = ConfigSnapshot.Load(rig.ConfigDir);
        Assert.Empty(errors);
        Assert.Equal(["tj", "zurich-tagblatt-ausland", "le-quotidien-d-orleans", "jp-example-org-feed-xml"], snapshot!.Config.Feeds.Select(f => f.Id));
        Assert.Equal("https://quotidien.example.fr/rss?section=monde&lang=fr", snapshot.Feed("le-quotidien-d-orleans")!.Url);
        Assert.Equal("Le \"Quotidien\" d'Orléans", snapshot.Feed("le-quotidien-d-orleans")!.Name);
        Assert.Equal("日本語ニュース", snapshot.Feed("jp-example-org-feed-xml")!.Name);
        Assert.Contains("Added 3 feed(s)", run.Out, StringComparison.Ordinal);
        Assert.Contains("Skipped 4", run.Out, StringComparison.Ordinal);
        Assert.Contains("https://news.example.org/tj.xml: already configured as 'tj'", run.Out, StringComparison.Ordinal);
        Assert.Contains("https://news.example.org/tj.xml#top: already configured as 'tj'", run.Out, StringComparison.Ordinal);
        Assert.Contains("http://TAGBLATT.example.ch/ausland/feed: listed twice in the OPML file", run.Out, StringComparison.Ordinal);
        Assert.Contains("ftp://files.example.org/feed.xml: not an absolute http(s) URL", run.Out, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(rig.ConfigDir, "*.tmp")); // the temporary file was renamed over newsbot.json
    }

    [Fact]
    public async Task Export_after_import_lists_every_feed_and_importing_the_export_adds_nothing()
    {
        var rig = CommentedConfig();
        Assert.Equal(0, (await rig.RunAsync("opml", "import", AdminRig.Fixture("nested.opml"))).ExitCode);
        var exported = rig.WriteFile("export.opml", "");
        var export = await rig.RunAsync("opml", "export", "--out", exported);
        Assert.True(export.ExitCode == 0, export.ToString());

        var outlines = XDocument.Load(exported).Descendants("outline").ToList();
        Assert.Equal(
            ["https://news.example.org/tj.xml", "https://tagblatt.example.ch/ausland/feed/", "https://quotidien.example.fr/rss?section=monde&lang=fr", "https://jp.example.org/feed.xml"],
            outlines.Select(o => o.Attribute("xmlUrl")!.Value));
        Assert.Equal(["Tom & Jerry", "Zürich „Tagblatt“ — Ausland", "Le \"Quotidien\" d'Orléans", "日本語ニュース"], outlines.Select(o => o.Attribute("title")!.Value));

        var before = File.ReadAllBytes(rig.ConfigFile);
        var again = await rig.RunAsync("opml", "import", exported);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Contains("Added 0 feed(s)", again.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(rig.ConfigFile));
    }

    [Fact]
    public async Task The_shipped_config_round_trips()
    {
        var rig = new AdminRig();
        CopyShippedConfig(rig.ConfigDir);
        var before = File.ReadAllBytes(rig.ConfigFile);

        var export = await rig.RunAsync("opml", "export");
        var file = rig.WriteFile("shipped.opml", export.Out);
        var import = await rig.RunAsync("opml", "import", file);

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("Added 0 feed(s)", import.Out, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(rig.ConfigFile));
        Assert.Contains("htmlUrl=\"https://example.org/levant-ledger\"", export.Out, StringComparison.Ordinal); // read from the local feed file
    }

    [Fact]
    public async Task With_a_topic_limited_to_some_feeds_the_new_ids_join_its_list()
    {
        var rig = CommentedConfig();

        var run = await rig.RunAsync("opml", "import", AdminRig.Fixture("nested.opml"), "--topic", "world");

        Assert.True(run.ExitCode == 0, run.ToString());
        var (snapshot, errors) = ConfigSnapshot.Load(rig.ConfigDir);
        Assert.Empty(errors);
        Assert.Equal(["tj", "zurich-tagblatt-ausland", "le-quotidien-d-orleans", "jp-example-org-feed-xml"], snapshot!.Config.Topics[0].Feeds);
        Assert.Empty(snapshot.Config.Topics[1].Feeds);
        Assert.Contains("    { \"name\": \"world\", \"keywords\": [\"world\"], \"feeds\": [\"tj\", \"zurich-tagblatt-ausland\", \"le-quotidien-d-orleans\", \"jp-example-org-feed-xml\"] },  // limited to tj",
            File.ReadAllText(rig.ConfigFile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_topic_that_reads_every_feed_is_left_as_it_is()
    {
        var rig = CommentedConfig();

        var run = await rig.RunAsync("opml", "import", AdminRig.Fixture("nested.opml"), "--topic", "all");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("topic 'all' already reads every feed", run.Out, StringComparison.Ordinal);
        var (snapshot, _) = ConfigSnapshot.Load(rig.ConfigDir);
        Assert.Equal(4, snapshot!.Config.Feeds.Count);
        Assert.Empty(snapshot.Config.Topics[1].Feeds);
    }

    [Fact]
    public async Task An_unknown_topic_is_an_error_and_nothing_is_written()
    {
        var rig = CommentedConfig();
        var before = File.ReadAllBytes(rig.ConfigFile);

        var run = await rig.RunAsync("opml", "import", AdminRig.Fixture("nested.opml"), "--topic", "mars");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("topic 'mars' is not declared", run.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(rig.ConfigFile));
    }

    [Fact]
    public async Task An_invalid_config_or_opml_file_is_reported_and_nothing_is_written()
    {
        var rig = new AdminRig().WithConfig("{ \"feeds\": [ { \"id\": \"a\", \"url\": \"ftp://x\" } ] }");
        var before = File.ReadAllBytes(rig.ConfigFile);

        var badConfig = await rig.RunAsync("opml", "import", AdminRig.Fixture("nested.opml"));
        var badOpml = await rig.RunAsync("opml", "import", rig.WriteFile("bad.opml", "<opml><body><outline"));
        var dryRun = await CommentedConfig().RunAsync("opml", "import", AdminRig.Fixture("nested.opml"), "--dry-run");

        Assert.Equal(2, badConfig.ExitCode);
        Assert.Contains("feeds[0].url", badConfig.Error, StringComparison.Ordinal);
        Assert.Equal(2, badOpml.ExitCode);
        Assert.Contains("not valid XML", badOpml.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(rig.ConfigFile));
        Assert.Contains("Would add 3 feed(s)", dryRun.Out, StringComparison.Ordinal);
    }

    private static void CopyShippedConfig(string target)
    {
        var source = Support.RepoPaths.Config;
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }
}
