using NewsBot.Cli;

namespace NewsBot.Tests.Admin;

/// <summary>A throw-away config folder and an in-process `newsbot` command line for the admin tool tests.</summary>
public sealed class AdminRig
{
    public AdminRig()
    {
        Directory.CreateDirectory(ConfigDir);
    }

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "newsbot-admin-" + Guid.NewGuid().ToString("N")[..10]);

    public string ConfigDir => Path.Combine(Root, "config");

    public string ConfigFile => Path.Combine(ConfigDir, "newsbot.json");

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Admin", name);

    public AdminRig WithConfig(string json)
    {
        File.WriteAllText(ConfigFile, json);
        return this;
    }

    public AdminRig WithConfigFixture(string name) => WithConfig(File.ReadAllText(Fixture(name)));

    public AdminRig WithAppSettings(string json)
    {
        File.WriteAllText(Path.Combine(ConfigDir, "appsettings.json"), json);
        return this;
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>Runs `newsbot NAME ARGS --config DIR` in-process.</summary>
    public async Task<CliRun> RunAsync(string name, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await EntryPoint.RunCommandAsync(name, [.. args, "--config", ConfigDir], new CliContext(output, error, CancellationToken.None));
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- out ---\n{Out}\n--- error ---\n{Error}";
}
