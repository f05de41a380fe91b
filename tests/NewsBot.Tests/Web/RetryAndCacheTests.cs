using System.Globalization;
using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Web;

public class RetryAndCacheTests
{
    [Fact]
    public async Task Too_many_requests_with_retry_after_seconds()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed", FakeRoute.WithStatus(429, retryAfter: "120"));

        var result = await rig.FetchAsync("/feed");

        Assert.Equal(FetchStatus.HttpError, result.Status);
        Assert.Equal(429, result.HttpStatus);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Fact]
    public async Task Unavailable_with_retry_after_date_uses_the_injected_clock()
    {
        await using var rig = await WebRig.StartAsync();
        var date = WebRig.Start.AddMinutes(10).ToString("r", CultureInfo.InvariantCulture);
        rig.Server.Map("/feed", FakeRoute.WithStatus(503, retryAfter: date));

        var result = await rig.FetchAsync("/feed");

        Assert.Equal(503, result.HttpStatus);
        Assert.Equal(TimeSpan.FromMinutes(10), result.RetryAfter);
    }

    [Fact]
    public async Task Retry_after_is_ignored_on_other_statuses()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed", FakeRoute.WithStatus(500, retryAfter: "120"));

        var result = await rig.FetchAsync("/feed");

        Assert.Equal(500, result.HttpStatus);
        Assert.Null(result.RetryAfter);
    }

    [Theory]
    [InlineData("max-age=600", 10)]
    [InlineData("public, max-age=86400", 60)]
    [InlineData("no-store", 0)]
    public async Task Cache_control_sets_a_capped_lifetime(string cacheControl, int expectedMinutes)
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed", FakeRoute.Feed("<rss/>") with { Headers = new Dictionary<string, string> { ["Cache-Control"] = cacheControl } });

        var result = await rig.FetchAsync("/feed");

        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), result.CacheLifetime);
    }

    [Fact]
    public async Task Expires_is_measured_from_the_server_date()
    {
        await using var rig = await WebRig.StartAsync();
        var date = new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
        rig.Server.Map("/feed", FakeRoute.Feed("<rss/>") with
        {
            Headers = new Dictionary<string, string>
            {
                ["Date"] = date.ToString("r", CultureInfo.InvariantCulture),
                ["Expires"] = date.AddMinutes(15).ToString("r", CultureInfo.InvariantCulture),
            },
        });

        var result = await rig.FetchAsync("/feed");

        Assert.Equal(TimeSpan.FromMinutes(15), result.CacheLifetime);
    }

    [Fact]
    public async Task No_cache_headers_means_no_lifetime()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed", FakeRoute.Feed("<rss/>"));

        var result = await rig.FetchAsync("/feed");

        Assert.Null(result.CacheLifetime);
    }
}
