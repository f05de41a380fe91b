using System.Text;
using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Web;

public class BodyTests
{
    private static readonly string Rss = "<rss version=\"2.0\"><channel><title>" + new string('n', 5000) + "</title></channel></rss>";

    [Theory]
    [InlineData(FakeEncoding.Gzip)]
    [InlineData(FakeEncoding.Brotli)]
    public async Task Encoded_bodies_are_decompressed(FakeEncoding encoding)
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/feed.xml", FakeRoute.Feed(Rss) with { Encoding = encoding });

        var result = await rig.FetchAsync("/feed.xml");

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(Rss, Encoding.UTF8.GetString(result.Body));
        Assert.Contains(encoding == FakeEncoding.Gzip ? "gzip" : "br",
            rig.Server.LastRequestHeaders("/feed.xml")!["Accept-Encoding"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_over_the_cap_is_too_large(bool declareLength)
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/big.xml", FakeRoute.Huge(5 * 1024 * 1024, declareLength));

        var result = await rig.FetchAsync("/big.xml");

        Assert.Equal(FetchStatus.TooLarge, result.Status);
        Assert.Empty(result.Body);
        Assert.Contains("MaxBodyBytes", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Body_at_the_cap_is_accepted()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/exact.xml", FakeRoute.Huge(1024 * 1024, declareLength: false));

        var result = await rig.FetchAsync("/exact.xml");

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(1024 * 1024, result.Body.Length);
    }

    [Fact]
    public async Task Decompression_bomb_stops_at_the_cap()
    {
        // 3 GB of zeros in about 3 MB of gzip: more than any single array can hold, so TooLarge (rather than an
        // out-of-memory or "stream too long" failure) shows the reader counted and stopped near the 1 MB cap.
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/bomb.xml", FakeRoute.Bomb(3L * 1024 * 1024 * 1024));

        var result = await rig.FetchAsync("/bomb.xml");

        Assert.Equal(FetchStatus.TooLarge, result.Status);
        Assert.Empty(result.Body);
    }
}
