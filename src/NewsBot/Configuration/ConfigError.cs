namespace NewsBot.Configuration;

/// <summary>One configuration problem, named by its JSON path, with a hint how to fix it.</summary>
public sealed record ConfigError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
