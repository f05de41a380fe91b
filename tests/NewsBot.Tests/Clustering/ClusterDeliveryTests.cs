using System.Globalization;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Clustering;

/// <summary>One event, two outlets: posted once, the earlier message edited with "also reported by" and the new speaker.</summary>
public class ClusterDeliveryTests
{
    private const string Title = "Leaders meet in Astana to discuss a Syria ceasefire (demo)";

    [Fact]
    public async Task A_wire_copy_from_another_outlet_edits_the_posted_message_instead_of_posting_again()
    {
        var root = TestHost.CopyConfig();
        var config = Path.Combine(root, "config");
        var now = DateTimeOffset.UtcNow;
        WriteFeed(Path.Combine(config, "samples", "alpha.xml"), "Alpha Wire (demo)", now.AddHours(-2),
            "\"We will keep talking until the guns fall silent,\" said Amira Sayed, the fictional mediator of the talks.");
        WriteFeed(Path.Combine(config, "samples", "beta.xml"), "Beta News (demo)", now.AddHours(-1),
            "\"Nobody should expect a miracle this week,\" said Jonas Berg, a fictional delegate who attended the meeting.");
        var json = Path.Combine(config, "newsbot.json");
        var original = File.ReadAllText(json);
        File.WriteAllText(json, original.Replace("\"feeds\": [", "\"feeds\": [\n    { \"id\": \"alpha\", \"url\": \"samples/alpha.xml\", \"name\": \"Alpha Wire (demo)\" },", StringComparison.Ordinal));

        await using var host = await TestHost.StartAsync(root);
        await host.Console.WaitForAsync(o => o.Contains(Title, StringComparison.Ordinal));

        // The second outlet appears later with the same story.
        File.WriteAllText(json, File.ReadAllText(json).Replace("\"feeds\": [", "\"feeds\": [\n    { \"id\": \"beta\", \"url\": \"samples/beta.xml\", \"name\": \"Beta News (demo)\" },", StringComparison.Ordinal));
        var output = await host.Console.WaitForAsync(o => o.Contains("(update to ", StringComparison.Ordinal));
        var update = output[output.IndexOf("(update to ", StringComparison.Ordinal)..];
        Assert.Contains("Also reported by Beta News (demo)", update);
        Assert.Contains("— Amira Sayed", update);
        Assert.Contains("— Jonas Berg", update); // the newcomer's speaker joins the digest
        // One post, then its update (which shows the merged digest again); never a second post.
        Assert.Equal(1, Host.DemoEndToEndTests.Count(output[..output.IndexOf("(update to ", StringComparison.Ordinal)], "■ " + Title));
        Assert.Equal(2, Host.DemoEndToEndTests.Count(output, "■ " + Title));

        host.Console.Type("/latest syria 10");
        var latest = await host.Console.WaitForAsync(o => o.Contains("Latest on Syria:", StringComparison.Ordinal));
        var answer = latest[latest.IndexOf("Latest on Syria:", StringComparison.Ordinal)..];
        Assert.Equal(1, Host.DemoEndToEndTests.Count(answer, Title));
        Assert.Contains("Also reported by Beta News (demo)", answer);
    }

    private static void WriteFeed(string path, string outlet, DateTimeOffset published, string quote)
    {
        var body = "Leaders from the region met in Astana on Monday for a new round of talks on a ceasefire in Syria, the first such meeting " +
                   "since the summer. Delegations discussed prisoner exchanges, aid corridors and the reopening of roads between Idlib and " +
                   "Aleppo, according to officials who took part in the talks and spoke to reporters afterwards in the conference hall. " + quote;
        File.WriteAllText(path, $"""
            <rss version="2.0"><channel><title>{outlet}</title><link>https://example.org/</link>
            <item><title>{Title}</title><link>https://example.org/{Guid.NewGuid():N}</link><guid>{Guid.NewGuid():N}</guid>
            <pubDate>{published.ToString("r", CultureInfo.InvariantCulture)}</pubDate>
            <description>{System.Security.SecurityElement.Escape(body)}</description></item>
            </channel></rss>
            """);
    }
}
