using System.Globalization;
using NewsBot.Fakes.Web;

namespace NewsBot.Benchmarks.Load;

/// <summary>
/// The fake feed server of the `load` harness in a process of its own, so the bot's memory and CPU are measured
/// without the server's. Prints "url BASE" once listening; then answers "requests" with the request count, and
/// stops when standard input closes. `-- load-server --feeds 10000 --not-modified 0.9`
/// </summary>
public sealed class LoadServerHarness : IHarness
{
    public string Name => "load-server";

    public string Summary => "the load harness's fake feed server, run in its own process (started by `load`)";

    public async Task<int> RunAsync(string[] args)
    {
        await using var server = await FakeWebServer.StartAsync();
        server.ServeFeeds(HarnessArgs.Int(args, "--feeds", 10_000), HarnessArgs.Double(args, "--not-modified", 0.9));
        Console.WriteLine("url " + server.BaseUrl);
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line == "requests")
                Console.WriteLine(server.TotalRequests.ToString(CultureInfo.InvariantCulture));
        }
        return 0;
    }
}
