namespace NewsBot.Cli;

/// <summary>Where config/ is: --config DIR, else NEWSBOT_CONFIG, else ./config.</summary>
public static class ConfigDirectory
{
    public static string From(CliArgs args) =>
        args.Get("config") ?? Environment.GetEnvironmentVariable("NEWSBOT_CONFIG") ?? "config";
}
