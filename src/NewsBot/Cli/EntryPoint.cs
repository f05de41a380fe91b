using System.Reflection;

namespace NewsBot.Cli;

/// <summary>`newsbot` with no arguments (or `run`) starts the bot; any other first word picks a CLI command.</summary>
public static class EntryPoint
{
    public static IReadOnlyList<ICliCommand> Commands { get; } = Discover();

    public static async Task<int> RunAsync(string[] args)
    {
        using var cts = new CancellationTokenSource();
        var context = CliContext.FromConsole(cts.Token);
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
            return await RunCommandAsync("run", args, context);
        return await RunCommandAsync(args[0], args[1..], context);
    }

    public static async Task<int> RunCommandAsync(string name, string[] args, CliContext context)
    {
        if (name is "help" or "--help" or "-h")
        {
            await context.Out.WriteLineAsync("usage: newsbot [run] [--config DIR] | newsbot <command> ...");
            foreach (var c in Commands.OrderBy(c => c.Name, StringComparer.Ordinal))
                await context.Out.WriteLineAsync($"  {c.Name,-16} {c.Summary}");
            return 0;
        }
        var command = Commands.FirstOrDefault(c => c.Name == name);
        if (command is null)
        {
            await context.Error.WriteLineAsync($"newsbot: unknown command '{name}'. Run 'newsbot help' for the list.");
            return 2;
        }
        return await command.RunAsync(args, context);
    }

    private static List<ICliCommand> Discover() =>
        typeof(EntryPoint).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICliCommand).IsAssignableFrom(t)
                        && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (ICliCommand)Activator.CreateInstance(t)!)
            .ToList();
}
