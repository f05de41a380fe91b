namespace NewsBot.Tests.Support;

/// <summary>Finds ../shared (read-only benchmark data) beside the repository; tests skip with a clear message when absent.</summary>
public static class SharedData
{
    private static readonly Lazy<string?> RootDir = new(FindRoot);

    /// <summary>The shared/ folder, or null. NEWSBOT_SHARED overrides the search.</summary>
    public static string? Root => RootDir.Value;

    public static string? PathTo(string relative) => Root is null ? null : Path.Combine(Root, relative);

    public const string MissingMessage = "../shared is not present beside the repository (set NEWSBOT_SHARED to its path); skipped.";

    private static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("NEWSBOT_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env))
            return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")))
                return candidate;
        }
        return null;
    }
}
