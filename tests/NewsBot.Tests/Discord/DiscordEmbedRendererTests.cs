using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;

namespace NewsBot.Tests.Discord;

public class DiscordEmbedRendererTests
{
    private static string Words(int count, string word = "lorem") => string.Join(' ', Enumerable.Repeat(word, count));

    private static Digest Huge(int i) => new()
    {
        Headline = $"{i} " + Words(100, "headline"),
        Summary = Words(1500, "summary"),
        Outlet = "Outlet " + Words(600, "name"),
        Published = new DateTimeOffset(2026, 11, 30, 9, 15, 0, TimeSpan.Zero),
        Link = $"https://news.example/{i}",
        Quotes = Enumerable.Range(0, 6).Select(q => new DigestQuote(Words(300, "quote"), "Speaker " + Words(80, "x"))).ToList(),
    };

    [Fact]
    public void Huge_text_is_trimmed_to_every_embed_limit()
    {
        var embed = DiscordEmbedRenderer.RenderEmbed(Huge(1));

        Assert.InRange(embed.Title!.Length, 1, DiscordLimits.Title);
        Assert.InRange(embed.Description!.Length, 1, DiscordLimits.Description);
        Assert.InRange(embed.Footer!.Text.Length, 1, DiscordLimits.Footer);
        Assert.All(embed.Fields!, f =>
        {
            Assert.InRange(f.Name.Length, 1, DiscordLimits.FieldName);
            Assert.InRange(f.Value.Length, 1, DiscordLimits.FieldValue);
        });
        Assert.InRange(DiscordLimits.Length(embed), 1, DiscordLimits.EmbedTotal);
        Assert.EndsWith("…", embed.Title);
        Assert.EndsWith("…", embed.Description);
        Assert.DoesNotContain("summar…", embed.Description); // cut at a word boundary
        Assert.Equal("2026-11-30T09:15:00Z", embed.Timestamp);
    }

    [Fact]
    public void Rollup_is_split_into_messages_within_count_and_total_limits()
    {
        var digests = Enumerable.Range(0, 23).Select(Huge).ToList();

        var messages = DiscordEmbedRenderer.Render("Syria: 23 stories since 09:00", digests);

        Assert.Equal(23, messages.Sum(m => m.Embeds.Count));
        Assert.Equal("Syria: 23 stories since 09:00", messages[0].Content);
        Assert.All(messages.Skip(1), m => Assert.Null(m.Content));
        Assert.All(messages, m =>
        {
            Assert.InRange(m.Embeds.Count, 1, DiscordLimits.EmbedsPerMessage);
            Assert.InRange(m.Embeds.Sum(DiscordLimits.Length), 1, DiscordLimits.EmbedTotal);
            Assert.InRange(m.Components.Count, 1, DiscordLimits.ActionRows);
            Assert.All(m.Components, row => Assert.InRange(row.Components.Count, 1, DiscordLimits.ButtonsPerRow));
        });
    }

    [Fact]
    public void Small_rollup_fits_ten_embeds_in_one_message_with_a_link_button_each()
    {
        var digests = Enumerable.Range(0, 10).Select(i => new Digest { Headline = $"Story {i}", Outlet = "Wire", Link = $"https://wire.example/{i}" }).ToList();

        var message = Assert.Single(DiscordEmbedRenderer.Render("Heading", digests));

        Assert.Equal(10, message.Embeds.Count);
        var buttons = message.Components.SelectMany(r => r.Components).ToList();
        Assert.Equal(10, buttons.Count);
        Assert.All(buttons, b => Assert.Equal((2, 5), (b.Type, b.Style)));
        Assert.Equal("https://wire.example/3", buttons[3].Url);
    }

    [Fact]
    public void Markdown_in_feed_text_is_escaped_and_only_web_links_are_kept()
    {
        var digest = new Digest
        {
            Headline = "**Breaking** [click](https://evil.example) _now_",
            Summary = "# Not a heading\n> not a quote `code` ~~gone~~ <@123>",
            Outlet = "Wire|Desk",
            Link = "javascript:alert(1)",
        };

        var embed = DiscordEmbedRenderer.RenderEmbed(digest);
        var message = Assert.Single(DiscordEmbedRenderer.Render(null, [digest]));

        Assert.Equal(@"\*\*Breaking\*\* \[click\]\(https://evil.example\) \_now\_", embed.Title);
        Assert.Equal("\\# Not a heading\n\\> not a quote \\`code\\` \\~\\~gone\\~\\~ \\<@123\\>", embed.Description);
        Assert.Equal(@"Wire\|Desk", embed.Footer!.Text);
        Assert.Null(embed.Url);
        Assert.Empty(message.Components);
    }

    [Fact]
    public void Quotes_become_fields_named_for_the_speaker()
    {
        var digest = new Digest
        {
            Headline = "Talks",
            Outlet = "Wire",
            Quotes = [new DigestQuote("We will not give up", "The mayor"), new DigestQuote("Nobody knows yet", null)],
        };

        var fields = DiscordEmbedRenderer.RenderEmbed(digest).Fields!;

        Assert.Equal(("The mayor", "“We will not give up”"), (fields[0].Name, fields[0].Value));
        Assert.Equal("Quote", fields[1].Name);
    }

    [Theory]
    [InlineData(@"a\*b", 3)]
    [InlineData(@"word \*\*\*\*", 8)]
    public void Trimming_never_leaves_a_dangling_escape(string escaped, int max)
    {
        var cut = DiscordText.Trim(escaped, max);

        Assert.True(cut.Length <= max);
        var body = cut.TrimEnd('…');
        Assert.Equal(0, (body.Length - body.TrimEnd('\\').Length) % 2);
    }

    [Fact]
    public void Plain_text_longer_than_a_message_is_trimmed_to_2000()
    {
        var message = Assert.Single(DiscordEmbedRenderer.Render(Words(900), []));

        Assert.InRange(message.Content!.Length, 1, DiscordLimits.Content);
        Assert.Empty(message.Embeds);
    }
}
