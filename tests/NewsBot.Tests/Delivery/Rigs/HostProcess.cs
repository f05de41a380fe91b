using System.Diagnostics;

namespace NewsBot.Tests.Delivery.Rigs;

/// <summary>
/// The real host as a separate process: `dotnet newsbot.dll run --config DIR` with settings passed as environment
/// variables (Section__Key). It can be killed (SIGKILL, nothing runs on the way out) or asked to stop (SIGTERM).
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> errors = [];

    private HostProcess(Process process)
    {
        this.process = process;
    }

    /// <summary>newsbot.dll beside the running assembly (project references copy it there).</summary>
    public static string HostDll => Path.Combine(AppContext.BaseDirectory, "newsbot.dll");

    /// <summary>Standard error of the process so far (logs).</summary>
    public string Log
    {
        get { lock (errors) return string.Join('\n', errors); }
    }

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    public int ExitCode => process.ExitCode;

    public static HostProcess Start(string configDirectory, IReadOnlyDictionary<string, string?> settings)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { HostDll, "run", "--config", configDirectory })
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in settings)
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        info.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var host = new HostProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
                lock (host.errors) host.errors.Add(line);
        };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return host;
    }

    /// <summary>SIGKILL: the process ends at once, claims and all.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    /// <summary>SIGTERM, as `docker stop` or systemd sends it; true when the process exited within <paramref name="within"/>.</summary>
    public async Task<bool> TerminateAsync(TimeSpan within)
    {
        if (process.HasExited)
            return true;
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
