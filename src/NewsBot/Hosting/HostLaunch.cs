using Microsoft.Extensions.DependencyInjection;
using NewsBot.Platforms.Console;

namespace NewsBot.Hosting;

/// <summary>How to start a NewsBot host: the config folder, plus what tests replace (streams, clock, settings, services).</summary>
public sealed record HostLaunch
{
    public required string ConfigDirectory { get; init; }
    public string[] Args { get; init; } = [];
    public ConsoleStreams? Console { get; init; }
    public TimeProvider? Clock { get; init; }
    /// <summary>Settings that win over appsettings.json and the environment (tests).</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }
    public Action<IServiceCollection>? ConfigureServices { get; init; }
    /// <summary>Watch newsbot.json for edits (on by default).</summary>
    public bool WatchConfig { get; init; } = true;
}
