using System.Diagnostics;
using System.Globalization;
using System.Reflection;

namespace NewsBot.Benchmarks.Load;

/// <summary>Starts <see cref="LoadServerHarness"/> as a child process and talks to it over standard input/output.</summary>
internal sealed class FeedServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private FeedServerProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public static async Task<FeedServerProcess> StartAsync(int feeds, double notModified)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
        foreach (var a in new[] { "load-server", "--feeds", feeds.ToString(CultureInfo.InvariantCulture), "--not-modified", notModified.ToString(CultureInfo.InvariantCulture) })
            start.ArgumentList.Add(a);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the feed server process");
        var line = await process.StandardOutput.ReadLineAsync();
        if (line is null || !line.StartsWith("url ", StringComparison.Ordinal))
            throw new InvalidOperationException("feed server process did not report its address: " + line);
        return new FeedServerProcess(process, new Uri(line[4..]));
    }

    public async Task<int> RequestCountAsync()
    {
        await _process.StandardInput.WriteLineAsync("requests");
        await _process.StandardInput.FlushAsync();
        return int.Parse((await _process.StandardOutput.ReadLineAsync())!, CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill();
        }
        _process.Dispose();
    }
}
