using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsBot.Core.Stories.Clustering;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot cluster --batch in.jsonl --out pred.jsonl [--window-hours 48] [--threshold 0.18] [--explain]`:
/// runs the items, in file order, through <see cref="StoryClusterer"/> and writes {"id","cluster"} lines
/// (plus "score" and "reason" with --explain). Tuning options (defaults in <see cref="ClusteringOptions"/>):
/// --min-word-similarity, --lead-chars, --entity-chars, --word-weight, --entity-weight, --headline-threshold,
/// --prior-documents.
/// </summary>
public sealed class ClusterCommand : ICliCommand
{
    public string Name => "cluster";

    public string Summary => "cluster stories into events: --batch in.jsonl --out pred.jsonl [--window-hours H] [--threshold T] [--explain]";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var cli = new CliArgs(args, "explain");
        var input = cli.Get("batch");
        var output = cli.Get("out");
        if (input is null || output is null)
        {
            await context.Error.WriteLineAsync("usage: newsbot cluster --batch in.jsonl --out pred.jsonl [--window-hours 48] [--threshold 0.18] [--explain]");
            return 2;
        }
        if (!File.Exists(input))
        {
            await context.Error.WriteLineAsync($"cluster: input file not found: {input}");
            return 2;
        }
        if (!TryOptions(cli, out var options, out var problem))
        {
            await context.Error.WriteLineAsync("cluster: " + problem);
            return 2;
        }

        var clusterer = new StoryClusterer(options);
        var explain = cli.Has("explain");
        var (items, clusters, errors) = (0, new HashSet<string>(StringComparer.Ordinal), 0);
        var clock = Stopwatch.StartNew();
        await using (var writer = new StreamWriter(output))
        {
            var lineNo = 0;
            foreach (var line in File.ReadLines(input))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                if (!ClusterItemJson.TryParse(line, out var item, out var error))
                {
                    errors++;
                    await context.Error.WriteLineAsync($"cluster: {input}:{lineNo}: {error}; line skipped");
                    continue;
                }
                var decision = clusterer.Add(item!);
                items++;
                clusters.Add(decision.ClusterId);
                await writer.WriteLineAsync(Line(item!.Id, decision, explain));
            }
        }
        clock.Stop();
        await context.Out.WriteLineAsync(
            $"cluster: {items} items -> {clusters.Count} clusters in {clock.Elapsed.TotalMilliseconds:0} ms; {errors} bad line(s); wrote {output}");
        return errors == 0 ? 0 : 1;
    }

    private static string Line(string id, ClusterDecision d, bool explain) =>
        explain
            ? JsonSerializer.Serialize(new { id, cluster = d.ClusterId, score = Math.Round(d.Score, 4), reason = d.Reason })
            : JsonSerializer.Serialize(new { id, cluster = d.ClusterId });

    private static bool TryOptions(CliArgs cli, out ClusteringOptions options, out string? problem)
    {
        options = new ClusteringOptions();
        problem = null;
        if (cli.Get("window-hours") is { } w)
        {
            if (!double.TryParse(w, NumberStyles.Float, CultureInfo.InvariantCulture, out var hours) || hours <= 0)
                return Bad($"--window-hours must be a positive number, not '{w}'", out problem);
            options = options with { Window = TimeSpan.FromHours(hours) };
        }
        if (cli.Get("threshold") is { } t)
        {
            if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) || threshold is <= 0 or > 1)
                return Bad($"--threshold must be a number in (0, 1], not '{t}'", out problem);
            options = options with { Threshold = threshold };
        }
        foreach (var (name, apply) in Tuning)
        {
            if (cli.Get(name) is not { } v)
                continue;
            if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var x))
                return Bad($"--{name} must be a number, not '{v}'", out problem);
            options = apply(options, x);
        }
        try
        {
            options.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            return Bad($"option out of range: {e.Message}", out problem);
        }
        return true;
    }

    private static readonly (string Name, Func<ClusteringOptions, double, ClusteringOptions> Apply)[] Tuning =
    [
        ("lead-chars", (o, x) => o with { LeadChars = (int)x }),
        ("entity-chars", (o, x) => o with { EntityChars = (int)x }),
        ("word-weight", (o, x) => o with { WordWeight = x }),
        ("entity-weight", (o, x) => o with { EntityWeight = x }),
        ("headline-threshold", (o, x) => o with { HeadlineThreshold = x }),
        ("min-word-similarity", (o, x) => o with { MinWordSimilarity = x }),
        ("prior-documents", (o, x) => o with { PriorDocuments = x }),
    ];

    private static bool Bad(string message, out string? problem)
    {
        problem = message;
        return false;
    }
}
