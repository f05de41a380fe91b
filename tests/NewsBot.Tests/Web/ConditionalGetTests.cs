using System.Text;
using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Web;

public class ConditionalGetTests
{
    private const string Rss = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>";

    [Fact]
    public async Task Etag_round_trip_gives_not_modified()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed.xml", FakeRoute.Feed(Rss) with { ETag = "\"v1\"" });

        var first = await rig.FetchAsync("/feed.xml");
        var second = await rig.FetchAsync("/feed.xml", etag: first.ETag);

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal("\"v1\"", first.ETag);
        Assert.Equal(Rss, Encoding.UTF8.GetString(first.Body));
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(304, second.HttpStatus);
        Assert.Empty(second.Body);
        Assert.Equal("\"v1\"", second.ETag);
        Assert.Equal("\"v1\"", rig.Server.LastRequestHeaders("/feed.xml")!["If-None-Match"]);
    }

    [Fact]
    public async Task Last_modified_round_trip_gives_not_modified()
    {
        await using var rig = await WebRig.StartAsync();
        const string stamp = "Sun, 01 Mar 2026 10:00:00 GMT";
        rig.Server.Map("/feed.xml", FakeRoute.Feed(Rss) with { LastModified = stamp });

        var first = await rig.FetchAsync("/feed.xml");
        var second = await rig.FetchAsync("/feed.xml", lastModified: first.LastModified);

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal(stamp, first.LastModified);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(stamp, second.LastModified);
        Assert.Equal(stamp, rig.Server.LastRequestHeaders("/feed.xml")!["If-Modified-Since"]);
    }

    [Fact]
    public async Task Changed_resource_answers_200_to_a_stale_validator()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed.xml", FakeRoute.Feed(Rss) with { ETag = "\"v2\"" });

        var result = await rig.FetchAsync("/feed.xml", etag: "\"v1\"");

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("\"v2\"", result.ETag);
    }

    [Fact]
    public async Task User_agent_names_newsbot()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed.xml", FakeRoute.Feed(Rss));

        await rig.FetchAsync("/feed.xml");

        var agent = rig.Server.LastRequestHeaders("/feed.xml")!["User-Agent"];
        Assert.Contains("NewsBot", agent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_page_is_returned_with_its_content_type()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed", FakeRoute.Html("<html><body>not a feed</body></html>"));

        var result = await rig.FetchAsync("/feed");

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("text/html; charset=utf-8", result.ContentType);
        Assert.Equal(rig.Server.Url("/feed"), result.FinalUrl);
        Assert.Contains("not a feed", Encoding.UTF8.GetString(result.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_page_is_an_http_error()
    {
        await using var rig = await WebRig.StartAsync();

        var result = await rig.FetchAsync("/nothing-here");

        Assert.Equal(FetchStatus.HttpError, result.Status);
        Assert.Equal(404, result.HttpStatus);
        Assert.Contains("404", result.Error, StringComparison.Ordinal);
    }
}
