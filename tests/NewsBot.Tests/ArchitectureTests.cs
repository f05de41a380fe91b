namespace NewsBot.Tests;

/// <summary>NewsBot.Core is pure logic and seams: it references nothing of the host, storage, scheduler or platforms.</summary>
public class ArchitectureTests
{
    [Fact]
    public void Core_references_no_host_storage_scheduler_or_platform_assembly()
    {
        var references = typeof(NewsBot.Core.Digests.Digest).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        string[] forbidden = ["newsbot", "Quartz", "Microsoft.Data.Sqlite", "Npgsql", "Dapper", "Telegram.Bot", "Microsoft.AspNetCore", "Microsoft.Extensions.Hosting", "NSec"];
        foreach (var f in forbidden)
            Assert.DoesNotContain(references, r => r.StartsWith(f, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("AngleSharp", references);
    }
}
