using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;
using Xunit.Abstractions;

namespace NewsBot.Tests.Web;

/// <summary>
/// Issue 12. With Web:AllowPrivateAddresses off, forbidden addresses are refused inside the connect callback,
/// before any socket is opened: <see cref="LoopbackOnlyOpener"/> records no attempt for them (and would refuse
/// a non-loopback socket anyway, so these tests can never send traffic off the machine).
/// </summary>
public class SsrfTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string?> Strict = new() { ["Web:AllowPrivateAddresses"] = "false" };

    [Theory]
    [InlineData("http://127.0.0.1/feed.xml", "loopback")]
    [InlineData("http://127.1.2.3/feed.xml", "loopback")]
    [InlineData("http://[::1]/feed.xml", "loopback")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "link-local")]
    [InlineData("http://10.0.0.1/feed.xml", "private 10.")]
    [InlineData("http://192.168.1.1/feed.xml", "private 192.168.")]
    [InlineData("http://172.16.0.1/feed.xml", "private 172.16.")]
    [InlineData("http://100.64.0.1/feed.xml", "carrier-grade NAT")]
    [InlineData("http://0.0.0.0/feed.xml", "unspecified")]
    [InlineData("http://224.0.0.1/feed.xml", "multicast")]
    [InlineData("http://[fe80::1]/feed.xml", "link-local fe80")]
    [InlineData("http://[fc00::1]/feed.xml", "unique local")]
    [InlineData("http://[::ffff:127.0.0.1]/feed.xml", "loopback")]
    [InlineData("http://[::ffff:10.0.0.1]/feed.xml", "private 10.")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/feed.xml", "NAT64 address embedding link-local")]
    [InlineData("https://localhost/feed.xml", "loopback")]
    public async Task Forbidden_addresses_are_refused_before_connecting(string url, string reason)
    {
        await using var rig = await WebRig.StartAsync(Strict);

        var result = await rig.FetchAsync(new Uri(url));

        output.WriteLine($"{url} -> {result.Status}: {result.Error}");
        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Empty(rig.Opener.Attempts);
    }

    [Fact]
    public async Task Loopback_test_server_is_refused_without_the_switch()
    {
        await using var rig = await WebRig.StartAsync(Strict);
        rig.Server.Map("/feed.xml", FakeRoute.Feed("<rss/>"));

        var result = await rig.FetchAsync("/feed.xml");

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("Web:AllowedHosts", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, rig.Server.TotalRequests);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/admin")]
    [InlineData("http://localhost:{port}/feed.xml")]
    public async Task Redirect_from_an_allowed_host_to_a_forbidden_address_is_refused(string target)
    {
        var settings = new Dictionary<string, string?>(Strict) { ["Web:AllowedHosts:0"] = "127.0.0.1" };
        await using var rig = await WebRig.StartAsync(settings);
        var location = target.Replace("{port}", rig.Server.BaseUrl.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        rig.Server.Map("/start", FakeRoute.Redirect(302, location)).Map("/feed.xml", FakeRoute.Feed("<rss/>"));

        var result = await rig.FetchAsync("/start");

        output.WriteLine($"/start -> {location} -> {result.Status}: {result.Error}");
        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Equal(1, rig.Server.RequestCount("/start"));
        Assert.Equal(0, rig.Server.RequestCount("/feed.xml"));
        Assert.All(rig.Opener.Attempts, a => Assert.Equal("127.0.0.1", a.ToString()));
    }

    [Theory]
    [InlineData("ftp://example.com/feed.xml")]
    [InlineData("file:///etc/passwd")]
    public async Task Only_http_and_https_are_fetched(string url)
    {
        await using var rig = await WebRig.StartAsync();

        var result = await rig.FetchAsync(new Uri(url));

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("Only http and https", result.Error, StringComparison.Ordinal);
        Assert.Empty(rig.Opener.Attempts);
    }

    [Fact]
    public async Task Redirect_to_a_file_url_is_refused()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/start", FakeRoute.Redirect(301, "file:///etc/passwd"));

        var result = await rig.FetchAsync("/start");

        Assert.Equal(FetchStatus.Refused, result.Status);
    }

    [Fact]
    public async Task Allow_list_admits_a_host()
    {
        var settings = new Dictionary<string, string?>(Strict) { ["Web:AllowedHosts:0"] = "localhost" };
        await using var rig = await WebRig.StartAsync(settings);
        rig.Server.Map("/feed.xml", FakeRoute.Feed("<rss/>"));

        var admitted = await rig.FetchAsync(new Uri($"http://localhost:{rig.Server.BaseUrl.Port}/feed.xml"));
        var other = await rig.FetchAsync("/feed.xml"); // 127.0.0.1 is not on the list

        Assert.Equal(FetchStatus.Ok, admitted.Status);
        Assert.Equal(FetchStatus.Refused, other.Status);
        Assert.Equal(1, rig.Server.RequestCount("/feed.xml"));
    }
}
