using Microsoft.Extensions.Configuration;
using NewsBot.Admin;
using NewsBot.Configuration;
using NewsBot.Hosting;
using NewsBot.Storage;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot validate-config [--config DIR]`: the start-up validation alone; prints OK or every problem, then warnings
/// from the SQLite store if there is one (warnings never change the exit code).
/// </summary>
public sealed class ValidateConfigCommand : ICliCommand
{
    public string Name => "validate-config";

    public string Summary => "check config/newsbot.json and host settings; prints OK or every problem";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var dir = ConfigDirectory.From(new CliArgs(args));
        var (snapshot, errors) = ConfigSnapshot.Load(dir);
        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Path.GetFullPath(dir), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        errors.AddRange(HostSettingsValidator.Validate(settings));
        if (errors.Count > 0)
        {
            await context.Out.WriteLineAsync($"{errors.Count} problem(s) in {Path.GetFullPath(dir)}:");
            foreach (var e in errors)
                await context.Out.WriteLineAsync("  " + e);
            return 2;
        }
        await context.Out.WriteLineAsync($"OK: {snapshot!.Config.Feeds.Count} feeds, {snapshot.Config.Topics.Count} topics, " +
            $"{snapshot.Config.Channels.Count} channels, {snapshot.Config.Subscriptions.Count} subscriptions");
        var storage = settings.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        foreach (var warning in StoreWarnings.Check(snapshot, storage))
            await context.Out.WriteLineAsync("warning: " + warning);
        return 0;
    }
}
