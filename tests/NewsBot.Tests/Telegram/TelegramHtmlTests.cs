using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;
using NewsBot.Fakes.Telegram;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("<script>x</script>", "&lt;script&gt;x&lt;/script&gt;")]
    [InlineData("Tom & \"Jerry\"", "Tom &amp; &quot;Jerry&quot;")]
    [InlineData("a\u0001b\nc", "ab\nc")]
    public void Escape_leaves_no_markup(string text, string expected) => Assert.Equal(expected, TelegramHtml.Escape(text));

    [Theory]
    [InlineData("https://a.example/x?a=1&b=\"2\"", "https://a.example/x?a=1&amp;b=%222%22")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://a.example/file", null)]
    [InlineData("/relative", null)]
    public void Only_http_links_are_kept(string link, string? expected) => Assert.Equal(expected, TelegramHtml.SafeHref(link));

    [Fact]
    public void Visible_length_counts_entities_once_and_tags_not_at_all_in_utf16() =>
        Assert.Equal(7, TelegramHtml.VisibleLength("<b>a&amp;b</b> 😀<i>c</i>"));

    [Fact]
    public void A_digest_without_summary_quotes_or_link_renders_headline_and_source_only()
    {
        var html = TelegramHtmlRenderer.Render(new Digest { Headline = "Quiet day", Outlet = "Wire" });
        Assert.Equal("<b>Quiet day</b>\n<i>Wire</i>", html);
    }

    [Fact]
    public void Plain_text_posts_are_escaped_without_a_heading()
    {
        var messages = TelegramHtmlRenderer.RenderMessages("1 < 2 & done", []);
        Assert.Equal(["1 &lt; 2 &amp; done"], messages);
    }

    [Fact]
    public void A_long_quote_is_split_inside_its_blockquote_with_tags_closed_and_reopened()
    {
        var quote = string.Join(" ", Enumerable.Range(0, 600).Select(i => $"q{i}"));
        var digest = new Digest { Headline = "H", Outlet = "O", Quotes = [new DigestQuote(quote, "Speaker")] };

        var messages = TelegramHtmlRenderer.RenderMessages(null, [digest], limit: 1000);

        Assert.True(messages.Count >= 3);
        Assert.All(messages, m => Assert.Null(FakeTelegramHtml.Parse(m).Error));
        Assert.All(messages.Skip(1), m => Assert.StartsWith("<blockquote>", m));
        Assert.All(messages, m => Assert.InRange(TelegramHtml.VisibleLength(m), 1, 1000));
        var words = messages.SelectMany(m => TelegramHtml.ToPlain(m).Split([' ', '\n', '“', '”'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Enumerable.Range(0, 600).Select(i => $"q{i}"), words.Where(w => w.StartsWith('q')));
    }

    [Fact]
    public void Random_hostile_text_always_renders_to_valid_html_within_the_limit()
    {
        var random = new Random(1234);
        const string alphabet = "ab <>&\"'/;#\n😀éx=";
        for (var run = 0; run < 200; run++)
        {
            string Noise(int max) => new(Enumerable.Range(0, random.Next(max)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var digests = Enumerable.Range(0, random.Next(1, 4)).Select(_ => new Digest
            {
                Headline = Noise(300),
                Summary = Noise(3000),
                Outlet = Noise(20) + "x",
                Link = random.Next(2) == 0 ? "https://x.example/" + Noise(10) : Noise(30),
                Quotes = [new DigestQuote(Noise(800), random.Next(2) == 0 ? null : Noise(40))],
                AlsoReportedBy = [Noise(20)],
            }).ToList();

            var messages = TelegramHtmlRenderer.RenderMessages(Noise(100), digests, limit: 700);

            foreach (var message in messages)
            {
                var (plain, error) = FakeTelegramHtml.Parse(message);
                Assert.Null(error);
                Assert.InRange(plain!.Length, 1, 700);
            }
        }
    }
}
