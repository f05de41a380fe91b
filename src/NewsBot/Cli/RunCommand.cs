using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Hosting;

namespace NewsBot.Cli;

/// <summary>`newsbot [run] [--config DIR]`: runs the bot until Ctrl+C / SIGTERM.</summary>
public sealed class RunCommand : ICliCommand
{
    public string Name => "run";

    public string Summary => "run the bot (the default): polls feeds, posts digests, answers commands";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var cli = new CliArgs(args);
        var (host, errors) = NewsBotHost.Build(new HostLaunch
        {
            ConfigDirectory = ConfigDirectory.From(cli),
            Args = args.Where(a => a != "--config" && a != cli.Get("config")).ToArray(),
        });
        if (host is null)
            return await ReportAsync(errors, context);
        try
        {
            await host.RunAsync(context.Cancellation);
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            return await ReportAsync(ex.Failures.Select(f => new ConfigError(ex.OptionsName, f)).ToList(), context);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var redactor = SecretRedactor.From(host.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>());
            await context.Error.WriteLineAsync($"NewsBot stopped: {ex.GetType().Name}: {redactor.Redact(ex.Message)} (details in the log above)");
            return 1;
        }
        finally
        {
            host.Dispose();
        }
    }

    internal static async Task<int> ReportAsync(IReadOnlyList<ConfigError> errors, CliContext context)
    {
        await context.Error.WriteLineAsync($"NewsBot cannot start: {errors.Count} configuration problem(s):");
        foreach (var e in errors)
            await context.Error.WriteLineAsync("  " + e);
        return 2;
    }
}
