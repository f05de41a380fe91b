namespace NewsBot.Tests.Support;

/// <summary>Paths inside the repository (config/, samples), found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Config => Path.Combine(Root, "config");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsBot.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("NewsBot.sln not found above " + AppContext.BaseDirectory);
    }
}
