using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Web;

public class TimeoutTests
{
    [Fact]
    public async Task Slow_server_times_out_on_the_injected_clock()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/slow.xml", FakeRoute.Hanging());

        var fetch = rig.FetchAsync("/slow.xml");
        await WebRig.EventuallyAsync(() => rig.Server.RequestCount("/slow.xml") == 1);
        rig.Time.Advance(TimeSpan.FromSeconds(31));
        var result = await fetch;

        Assert.Equal(FetchStatus.Timeout, result.Status);
        Assert.Contains("TotalTimeoutSeconds", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waiting_for_a_busy_host_does_not_count_against_the_time_out()
    {
        await using var rig = await WebRig.StartAsync(new() { ["Web:MaxConcurrentPerHost"] = "1" });
        rig.Server.Map("/slow.xml", FakeRoute.Hanging()).Map("/next.xml", FakeRoute.Feed("<rss/>"));

        var slow = rig.FetchAsync("/slow.xml");
        await WebRig.EventuallyAsync(() => rig.Server.RequestCount("/slow.xml") == 1);
        var queued = rig.FetchAsync("/next.xml");
        rig.Time.Advance(TimeSpan.FromSeconds(31));

        Assert.Equal(FetchStatus.Timeout, (await slow).Status);
        Assert.Equal(FetchStatus.Ok, (await queued).Status);
    }

    [Fact]
    public async Task Connection_that_never_opens_times_out()
    {
        await using var rig = await WebRig.StartAsync(new() { ["Web:ConnectTimeoutSeconds"] = "1" });
        rig.Opener.BeforeConnect = ct => Task.Delay(Timeout.Infinite, ct); // a black-holed SYN, simulated

        var result = await rig.FetchAsync("/feed.xml");

        Assert.Equal(FetchStatus.Timeout, result.Status);
        Assert.Contains("ConnectTimeoutSeconds", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_connection_is_a_network_error()
    {
        await using var rig = await WebRig.StartAsync();
        var port = rig.Server.BaseUrl.Port;
        await rig.Server.DisposeAsync();

        var result = await rig.FetchAsync(new Uri($"http://127.0.0.1:{port}/feed.xml"));

        Assert.Equal(FetchStatus.NetworkError, result.Status);
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    [Fact]
    public async Task Caller_cancellation_is_thrown_not_reported()
    {
        await using var rig = await WebRig.StartAsync();
        rig.Server.Map("/slow.xml", FakeRoute.Hanging());
        using var cts = new CancellationTokenSource();

        var fetch = rig.Fetcher.FetchAsync(new FetchRequest(rig.Server.Url("/slow.xml")), cts.Token);
        await WebRig.EventuallyAsync(() => rig.Server.RequestCount("/slow.xml") == 1);
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
    }
}
