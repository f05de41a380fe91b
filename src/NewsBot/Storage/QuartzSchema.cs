namespace NewsBot.Storage;

/// <summary>
/// Lets a migration say "-- quartz-schema: DIALECT" to create Quartz's job store tables from the schema script
/// embedded in the Quartz assembly, so the tables always match the Quartz version in use.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "qrtz_";
    private const string Directive = "-- quartz-schema:";

    /// <summary>The statements a migration file stands for: itself, or Quartz's script split at its "--;;" lines.</summary>
    public static IEnumerable<string> Expand(string migration)
    {
        var first = migration.TrimStart().Split('\n', 2)[0].Trim();
        if (!first.StartsWith(Directive, StringComparison.Ordinal))
        {
            yield return migration;
            yield break;
        }
        var dialect = first[Directive.Length..].Trim();
        var resource = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = typeof(Quartz.IScheduler).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Quartz has no schema script {resource}");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        foreach (var piece in script.Split("\n--;;", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = piece.Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal));
            var statement = string.Join('\n', lines).Trim();
            if (statement.Length > 0)
                yield return statement;
        }
    }
}
