using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;
using NewsBot.Web;

namespace NewsBot.Tests.Web;

public class ConcurrencyTests
{
    [Fact]
    public async Task Per_host_cap_is_honoured()
    {
        await using var rig = await WebRig.StartAsync();
        for (var i = 0; i < 8; i++)
            rig.Server.Map($"/f{i}.xml", FakeRoute.Feed("<rss/>") with { Delay = TimeSpan.FromMilliseconds(100) });

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => rig.FetchAsync($"/f{i}.xml")));

        Assert.All(results, r => Assert.Equal(FetchStatus.Ok, r.Status));
        Assert.InRange(rig.Server.MaxConcurrent("127.0.0.1"), 1, 2);
    }

    [Fact]
    public async Task Global_cap_spans_hosts()
    {
        await using var rig = await WebRig.StartAsync(new() { ["Web:MaxConcurrent"] = "1" });
        rig.Server.Map("/f.xml", FakeRoute.Feed("<rss/>") with { Delay = TimeSpan.FromMilliseconds(100) });
        var port = rig.Server.BaseUrl.Port;
        var urls = new[] { $"http://127.0.0.1:{port}/f.xml?a", $"http://localhost:{port}/f.xml?b", $"http://127.0.0.1:{port}/f.xml?c" };

        var results = await Task.WhenAll(urls.Select(u => rig.FetchAsync(new Uri(u))));

        Assert.All(results, r => Assert.Equal(FetchStatus.Ok, r.Status));
        Assert.Equal(1, rig.Server.MaxConcurrentOverall);
    }

    [Fact]
    public async Task Concurrent_requests_for_one_url_share_one_fetch()
    {
        await using var rig = await WebRig.StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rig.Server.Map("/shared.xml", FakeRoute.Feed("<rss>shared</rss>") with { WaitFor = gate.Task });

        var fetches = Enumerable.Range(0, 5).Select(_ => rig.FetchAsync("/shared.xml")).ToList();
        gate.SetResult();
        var results = await Task.WhenAll(fetches);

        Assert.Equal(1, rig.Server.RequestCount("/shared.xml"));
        Assert.All(results, r => Assert.Equal("<rss>shared</rss>", System.Text.Encoding.UTF8.GetString(r.Body)));
        var again = await rig.FetchAsync("/shared.xml");
        Assert.Equal(FetchStatus.Ok, again.Status);
        Assert.Equal(2, rig.Server.RequestCount("/shared.xml"));
    }

    [Fact]
    public async Task One_caller_giving_up_does_not_cancel_the_shared_fetch()
    {
        await using var rig = await WebRig.StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rig.Server.Map("/shared.xml", FakeRoute.Feed("<rss/>") with { WaitFor = gate.Task });
        using var impatient = new CancellationTokenSource();
        var request = new FetchRequest(rig.Server.Url("/shared.xml"));

        var first = rig.Fetcher.FetchAsync(request, impatient.Token);
        var second = rig.Fetcher.FetchAsync(request, CancellationToken.None);
        await impatient.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(FetchStatus.Ok, (await second).Status);
        Assert.Equal(1, rig.Server.RequestCount("/shared.xml"));
    }

    [Fact]
    public async Task Host_gates_are_dropped_when_idle()
    {
        var gates = new HostGates(perHost: 1, global: 4);

        var a = await gates.EnterAsync("a.example", CancellationToken.None);
        var waiting = gates.EnterAsync("a.example", CancellationToken.None);
        var b = await gates.EnterAsync("b.example", CancellationToken.None);
        Assert.False(waiting.IsCompleted);
        Assert.Equal(2, gates.TrackedHosts);
        a.Dispose();
        (await waiting).Dispose();
        b.Dispose();

        Assert.Equal(0, gates.TrackedHosts);
    }

    [Fact]
    public async Task Cancelled_waiter_releases_its_host_gate()
    {
        var gates = new HostGates(perHost: 1, global: 1);
        var held = await gates.EnterAsync("a.example", CancellationToken.None);
        using var cts = new CancellationTokenSource();

        var waiting = gates.EnterAsync("a.example", cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();

        Assert.Equal(0, gates.TrackedHosts);
        (await gates.EnterAsync("c.example", CancellationToken.None)).Dispose();
    }
}
