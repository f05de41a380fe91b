namespace NewsBot.Cli;

/// <summary>
/// A `newsbot NAME ...` subcommand. Every non-abstract implementation in this assembly with a public
/// parameterless constructor is found by <see cref="EntryPoint"/>; add a file, nothing else to register.
/// </summary>
public interface ICliCommand
{
    /// <summary>The first word on the command line, e.g. "parse" or "opml".</summary>
    string Name { get; }

    /// <summary>One line for `newsbot help`.</summary>
    string Summary { get; }

    /// <summary>Runs with the arguments after the name; returns the process exit code.</summary>
    Task<int> RunAsync(string[] args, CliContext context);
}

/// <summary>Standard streams and cancellation, so commands can be run in-process by tests.</summary>
public sealed record CliContext(TextWriter Out, TextWriter Error, CancellationToken Cancellation)
{
    public static CliContext FromConsole(CancellationToken ct) => new(Console.Out, Console.Error, ct);
}
