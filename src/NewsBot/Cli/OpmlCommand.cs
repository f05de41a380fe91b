using System.Text;
using NewsBot.Admin;
using NewsBot.Configuration;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot opml import FILE [--topic NAME] [--dry-run] [--config DIR]` adds an OPML file's feeds to newsbot.json;
/// `newsbot opml export [--out FILE] [--config DIR]` writes the configured feeds as OPML 2.0 (standard output by default).
/// </summary>
public sealed class OpmlCommand : ICliCommand
{
    private const string Usage = "usage: newsbot opml import <file.opml> [--topic NAME] [--dry-run] [--config DIR]\n" +
                                 "       newsbot opml export [--out FILE] [--config DIR]";

    public string Name => "opml";

    public string Summary => "import feeds from an OPML file into newsbot.json, or export them as OPML";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var cli = new CliArgs(args, "dry-run");
        switch (cli.Positional)
        {
            case ["import", var file]:
                return await ImportAsync(file, cli, context);
            case ["export"]:
                return await ExportAsync(cli, context);
            default:
                await context.Error.WriteLineAsync(Usage);
                return 2;
        }
    }

    private static async Task<int> ImportAsync(string file, CliArgs cli, CliContext context)
    {
        if (!File.Exists(file))
            return await FailAsync(context, $"OPML file {file} not found");
        OpmlReadResult opml;
        await using (var stream = File.OpenRead(file))
            opml = OpmlReader.Read(stream);
        if (opml.Error is not null)
            return await FailAsync(context, $"{file}: {opml.Error}");

        var dir = Path.GetFullPath(ConfigDirectory.From(cli));
        var configPath = Path.Combine(dir, ConfigLoader.FileName);
        if (!File.Exists(configPath))
            return await FailAsync(context, $"{configPath} not found; pass --config DIR");
        var plan = OpmlImporter.Plan(await File.ReadAllBytesAsync(configPath, context.Cancellation), dir, opml.Feeds, cli.Get("topic"));
        if (plan.Error is not null)
            return await FailAsync(context, plan.Error);

        var dryRun = cli.Has("dry-run");
        if (plan.NewText is not null && !dryRun)
        {
            try
            {
                ConfigFileWriter.Replace(configPath, plan.NewText);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return await FailAsync(context, $"cannot write {configPath}: {ex.Message}; nothing changed");
            }
        }
        await ReportAsync(plan, dryRun ? "Would add" : "Added", configPath, context.Out);
        return 0;
    }

    private static async Task ReportAsync(ImportPlan plan, string verb, string configPath, TextWriter output)
    {
        await output.WriteLineAsync($"{verb} {plan.Added.Count} feed(s) to {configPath}");
        foreach (var a in plan.Added)
            await output.WriteLineAsync($"  + {a.Id}  {a.Url}" + (a.Name is null ? "" : $"  ({a.Name})"));
        await output.WriteLineAsync($"Skipped {plan.Skipped.Count}");
        foreach (var s in plan.Skipped)
            await output.WriteLineAsync($"  - {s.Url}: {s.Reason}");
        if (plan.TopicNote is not null)
            await output.WriteLineAsync(plan.TopicNote);
    }

    private static async Task<int> ExportAsync(CliArgs cli, CliContext context)
    {
        var (snapshot, errors) = ConfigSnapshot.Load(ConfigDirectory.From(cli));
        if (snapshot is null)
            return await RunCommand.ReportAsync(errors, context);
        var opml = OpmlExporter.Export(snapshot);
        if (cli.Get("out") is not { } outFile)
        {
            await context.Out.WriteAsync(opml);
            return 0;
        }
        try
        {
            await File.WriteAllTextAsync(outFile, opml, new UTF8Encoding(false), context.Cancellation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return await FailAsync(context, $"cannot write {outFile}: {ex.Message}");
        }
        await context.Error.WriteLineAsync($"Wrote {snapshot.Config.Feeds.Count} feed(s) to {Path.GetFullPath(outFile)}");
        return 0;
    }

    private static async Task<int> FailAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync("newsbot opml: " + message);
        return 2;
    }
}
