using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;
using NewsBot.Core.Feeds;
using NewsBot.Platforms.Discord.Rest;
using NewsBot.Polling;

namespace NewsBot.Tests.Hardening;

/// <summary>
/// Hostile feed text goes through the real StoryFactory and DigestBuilder to every renderer: markup never reaches a
/// platform unescaped, only http(s) links survive, and mentions or markup in feed text stay plain text.
/// </summary>
public sealed partial class OutputSafetyTests
{
    private const string HostileTitle = "<script>alert(1)</script>Minister <b>quits</b> @everyone <@123> *bold* __u__ ||spoiler|| [x](javascript:alert(1))";
    private const string HostileBody = """
        <p>"We will go on, @everyone and <@&456>," said <a href="javascript:alert(1)">Amal Haddad</a>, the minister,
        after the vote &lt;b&gt;fake bold&lt;/b&gt; &lt;a href="javascript:alert(2)"&gt;click&lt;/a&gt; <img src=x onerror=alert(3)>.</p>
        <p>Her deputy said the cabinet would meet on Monday <tg-spoiler>secret</tg-spoiler> &lt;blockquote&gt; in <#789>.</p>
        """;

    private static readonly string[] TelegramTags = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span"];

    public static TheoryData<string?, string?> Links => new()
    {
        { "javascript:alert(1)", null },
        { "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", null },
        { "vbscript:msgbox(1)", null },
        { "ftp://files.example/a", null },
        { "https://news.example/a?x=1&y=\"2\"", "https://news.example/a?x=1&y=%222%22" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public async Task Hostile_feed_text_reaches_every_platform_as_plain_text_with_only_web_links(string? link, string? expectedLink)
    {
        var digest = await BuildAsync(new FeedEntry { Title = HostileTitle, Content = HostileBody, Link = link });

        Assert.Equal(expectedLink, digest.Link);
        AssertTelegramSafe(TelegramHtmlRenderer.Render(digest), expectedLink);
        foreach (var message in DiscordEmbedRenderer.Render("Roll-up @everyone <@123>", [digest, digest]))
            AssertDiscordSafe(message, expectedLink);
        var console = ConsoleRenderer.Render(digest);
        Assert.DoesNotContain("<script", console, StringComparison.OrdinalIgnoreCase);
        // Feed text may mention "javascript:" as words; only the link line must never carry such a scheme.
        Assert.DoesNotContain(console.Split('\n'), l => l.Trim().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || l.Trim().StartsWith("data:", StringComparison.OrdinalIgnoreCase) || l.Trim().StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase));
    }

    private static async Task<Digest> BuildAsync(FeedEntry entry)
    {
        var factory = new StoryFactory(new Mock<IWebFetcher>(MockBehavior.Strict).Object, new ArticleExtractor(),
            new DigestBuilder(new QuoteFinder(), new LeadSummarizer()),
            Mock.Of<IOptionsMonitor<PollingOptions>>(o => o.CurrentValue == new PollingOptions { FetchArticles = false }),
            NullLogger<StoryFactory>.Instance);
        var (_, _, digest) = await factory.BuildAsync(entry, "Outlet <b>&amp;</b> @here", default);
        return digest;
    }

    private static void AssertTelegramSafe(string html, string? link)
    {
        foreach (System.Text.RegularExpressions.Match tag in TagPattern().Matches(html))
        {
            Assert.Contains(tag.Groups["name"].Value.ToLowerInvariant(), TelegramTags);
            Assert.DoesNotMatch(@"(?i)\bon[a-z]+\s*=", tag.Groups["attrs"].Value);
        }
        var hrefs = HrefPattern().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.All(hrefs, h => Assert.True(h.StartsWith("https://", StringComparison.Ordinal) || h.StartsWith("http://", StringComparison.Ordinal), h));
        if (link is not null)
            Assert.Contains(link, hrefs);
        // What the reader sees keeps the feed's markup as literal text.
        var visible = TelegramHtml.ToPlain(html);
        Assert.Contains("<b>quits</b>", visible); // the title keeps its markup as literal text
        Assert.Contains("@everyone", visible);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>fake", html, StringComparison.Ordinal);
    }

    private static void AssertDiscordSafe(DiscordMessage message, string? link)
    {
        var body = DiscordMessageBody.From(message);
        Assert.Empty(body.AllowedMentions.Parse); // @everyone, @here, <@id> and <@&role> never ping
        var texts = new[] { message.Content }
            .Concat(message.Embeds.SelectMany(e => new[] { e.Title, e.Description, e.Footer?.Text, e.Author?.Name }))
            .Concat(message.Embeds.SelectMany(e => e.Fields ?? []).SelectMany(f => new[] { f.Name, f.Value }))
            .Where(t => t is not null).Select(t => t!).ToList();
        Assert.Contains(texts, t => t.Contains("@everyone", StringComparison.Ordinal));
        foreach (var text in texts)
        {
            Assert.DoesNotMatch(UnescapedMention(), text);
            Assert.DoesNotMatch(UnescapedMarkdown(), text);
            Assert.DoesNotContain("](javascript", text, StringComparison.OrdinalIgnoreCase);
        }
        var urls = message.Embeds.Select(e => e.Url).Concat(message.Components.SelectMany(r => r.Components).Select(b => b.Url)).Where(u => u is not null).ToList();
        Assert.All(urls, u => Assert.StartsWith("https://", u));
        if (link is not null)
            Assert.Contains(link, urls);
    }


    [GeneratedRegex("</?(?<name>[a-zA-Z][a-zA-Z0-9-]*)(?<attrs>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("href=\"([^\"]*)\"")]
    private static partial Regex HrefPattern();

    /// <summary>A mention Discord would parse: &lt;@id&gt;, &lt;@&amp;id&gt;, &lt;#id&gt; without the escaping backslash.</summary>
    [GeneratedRegex(@"(?<!\\)<[@#]")]
    private static partial Regex UnescapedMention();

    /// <summary>Formatting markdown from feed text: **, __, ||, or a [label](url) link without escaping.</summary>
    [GeneratedRegex(@"(?<!\\)\*(?<!\\)\*|(?<!\\)\|(?<!\\)\||(?<!\\)\]\(")]
    private static partial Regex UnescapedMarkdown();
}
