using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Hosting;

namespace NewsBot.Tests.Support;

/// <summary>A NewsBot host in-process on a copy of config/ in a temp folder, with a scripted console and its own SQLite file.</summary>
public sealed class TestHost : IAsyncDisposable
{
    private TestHost(string root, IHost host, ScriptedConsole console)
    {
        Root = root;
        Host = host;
        Console = console;
    }

    public string Root { get; }
    public string ConfigDirectory => Path.Combine(Root, "config");
    public IHost Host { get; }
    public ScriptedConsole Console { get; }
    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>A temp folder holding a copy of the repository's config/ (samples included).</summary>
    public static string CopyConfig()
    {
        var root = Path.Combine(Path.GetTempPath(), "newsbot-test-" + Guid.NewGuid().ToString("N")[..12]);
        CopyDirectory(RepoPaths.Config, Path.Combine(root, "config"));
        return root;
    }

    public static async Task<TestHost> StartAsync(string root, IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null, ScriptedConsole? console = null)
    {
        console ??= new ScriptedConsole();
        var all = new Dictionary<string, string?>
        {
            ["Storage:DataDirectory"] = Path.Combine(root, "data"),
            ["Console:Enabled"] = "true",
            ["Polling:FirstPollSpreadSeconds"] = "0",
            ["Delivery:PollIntervalMilliseconds"] = "100",
            ["Web:AllowPrivateAddresses"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
            all[k] = v;
        var (host, errors) = NewsBotHost.Build(new HostLaunch
        {
            ConfigDirectory = Path.Combine(root, "config"),
            Console = console.Streams,
            Settings = all,
            ConfigureServices = services,
        });
        if (host is null)
            throw new InvalidOperationException("host did not build: " + string.Join("; ", errors));
        await host.StartAsync();
        return new TestHost(root, host, console);
    }

    public async ValueTask DisposeAsync()
    {
        Console.CloseInput();
        await Host.StopAsync(TimeSpan.FromSeconds(10));
        Host.Dispose();
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.GetDirectories(from))
            CopyDirectory(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
