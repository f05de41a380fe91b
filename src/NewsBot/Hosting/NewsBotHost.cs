using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Configuration;

namespace NewsBot.Hosting;

/// <summary>Builds the generic host: configuration (config/appsettings.json, environment, arguments), logging, services.</summary>
public static class NewsBotHost
{
    public static (IHost? Host, IReadOnlyList<ConfigError> Errors) Build(HostLaunch launch)
    {
        var (snapshot, errors) = ConfigSnapshot.Load(launch.ConfigDirectory);
        if (snapshot is null)
            return (null, errors);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(snapshot.Directory, "appsettings.json"), optional: true, reloadOnChange: true)
            .AddEnvironmentVariables()
            .AddCommandLine(launch.Args);
        if (launch.Settings is not null)
            builder.Configuration.AddInMemoryCollection(launch.Settings);

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // Standard output belongs to the console channel's digests; all logs go to standard error.
        builder.Logging.AddSimpleConsole(o => { o.SingleLine = true; o.TimestampFormat = "HH:mm:ss "; })
            .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        var settingErrors = HostSettingsValidator.Validate(builder.Configuration);
        if (settingErrors.Count > 0)
            return (null, settingErrors);

        try
        {
            builder.Services.AddNewsBot(builder.Configuration, snapshot, launch);
        }
        catch (InvalidOperationException ex)
        {
            // Platform options are checked while registering (Telegram:..., Discord:...): one error per line.
            return (null, ex.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Skip(1).DefaultIfEmpty(ex.Message).Select(m => new ConfigError("settings", m)).ToList());
        }
        launch.ConfigureServices?.Invoke(builder.Services);
        RedactingLoggerProvider.WrapAll(builder.Services, SecretRedactor.From(builder.Configuration));
        return (builder.Build(), []);
    }
}
