using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Web;

public class RedirectTests
{
    private static FakeRoute Final => FakeRoute.Feed("<rss version=\"2.0\"><channel/></rss>");

    [Fact]
    public async Task Permanent_chain_sets_permanent_url_to_the_end()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/a", FakeRoute.Redirect(301, "/b")).Map("/b", FakeRoute.Redirect(308, "/c")).Map("/c", Final);

        var result = await rig.FetchAsync("/a");

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(rig.Server.Url("/c"), result.FinalUrl);
        Assert.Equal(rig.Server.Url("/c"), result.PermanentUrl);
    }

    [Fact]
    public async Task Temporary_chain_has_no_permanent_url()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/a", FakeRoute.Redirect(302, "/b")).Map("/b", FakeRoute.Redirect(307, "/c")).Map("/c", Final);

        var result = await rig.FetchAsync("/a");

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(rig.Server.Url("/c"), result.FinalUrl);
        Assert.Null(result.PermanentUrl);
    }

    [Fact]
    public async Task Permanent_then_temporary_keeps_the_permanent_part()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/a", FakeRoute.Redirect(301, "/b")).Map("/b", FakeRoute.Redirect(302, "/c")).Map("/c", Final);

        var result = await rig.FetchAsync("/a");

        Assert.Equal(rig.Server.Url("/c"), result.FinalUrl);
        Assert.Equal(rig.Server.Url("/b"), result.PermanentUrl);
    }

    [Fact]
    public async Task Temporary_then_permanent_has_no_permanent_url()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/a", FakeRoute.Redirect(302, "/b")).Map("/b", FakeRoute.Redirect(301, "/c")).Map("/c", Final);

        var result = await rig.FetchAsync("/a");

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Null(result.PermanentUrl);
    }

    [Fact]
    public async Task Loop_is_an_error()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/a", FakeRoute.Redirect(302, "/b")).Map("/b", FakeRoute.Redirect(302, "/a"));

        var result = await rig.FetchAsync("/a");

        Assert.Equal(FetchStatus.HttpError, result.Status);
        Assert.Contains("loop", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, rig.Server.RequestCount("/a"));
    }

    [Fact]
    public async Task Five_redirects_are_followed_and_a_sixth_is_an_error()
    {
        await using var rig = await WebRig.StartAsync();
        for (var i = 0; i < 6; i++)
            rig.Server.Map($"/r{i}", FakeRoute.Redirect(302, $"/r{i + 1}"));
        rig.Server.Map("/r6", Final);

        var five = await rig.FetchAsync("/r1");
        var six = await rig.FetchAsync("/r0");

        Assert.Equal(FetchStatus.Ok, five.Status);
        Assert.Equal(rig.Server.Url("/r6"), five.FinalUrl);
        Assert.Equal(FetchStatus.HttpError, six.Status);
        Assert.Contains("More than 5 redirects", six.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Redirect_without_location_is_an_error()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/a", new FakeRoute { Status = 301 });

        var result = await rig.FetchAsync("/a");

        Assert.Equal(FetchStatus.HttpError, result.Status);
        Assert.Equal(301, result.HttpStatus);
    }
}
