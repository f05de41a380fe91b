using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsBot.Core.Feeds;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot parse FILE-OR-URL...` prints each normalized feed as indented JSON (problems included);
/// `newsbot parse --batch DIR --out FILE.jsonl` parses every file below DIR, one JSON line per file with its relative path.
/// </summary>
public sealed class ParseCommand : ICliCommand
{
    private static readonly JsonSerializerOptions Indented = Options(indented: true);
    private static readonly JsonSerializerOptions Compact = Options(indented: false);

    public string Name => "parse";

    public string Summary => "parse feeds (files or URLs) and print the normalized JSON; --batch DIR --out FILE.jsonl";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var cli = new CliArgs(args);
        if (cli.Has("batch"))
            return await RunBatchAsync(cli.Get("batch"), cli.Get("out"), context);
        if (cli.Positional.Count == 0)
        {
            await context.Error.WriteLineAsync("usage: newsbot parse <file-or-url>... | newsbot parse --batch <dir> --out <file.jsonl>");
            return 2;
        }
        var exit = 0;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        foreach (var input in cli.Positional)
        {
            var (bytes, contentType, baseUri, error) = await LoadAsync(input, http, context.Cancellation);
            if (error is not null)
            {
                await context.Error.WriteLineAsync($"newsbot parse: {input}: {error}");
                exit = 1;
                continue;
            }
            var feed = FeedParser.Parse(bytes!, contentType, baseUri);
            await context.Out.WriteLineAsync(JsonSerializer.Serialize(new { source = input, feed }, Indented));
        }
        return exit;
    }

    private static async Task<int> RunBatchAsync(string? dir, string? outPath, CliContext context)
    {
        if (string.IsNullOrEmpty(dir) || !Directory.Exists(dir) || string.IsNullOrEmpty(outPath))
        {
            await context.Error.WriteLineAsync("usage: newsbot parse --batch <existing dir> --out <file.jsonl>");
            return 2;
        }
        var files = Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        int count = 0, withProblems = 0, failed = 0;
        await using (var writer = new StreamWriter(outPath))
        {
            foreach (var relative in files)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                ParsedFeed feed;
                try
                {
                    feed = FeedParser.Parse(await File.ReadAllBytesAsync(Path.Combine(dir, relative), context.Cancellation));
                }
                catch (IOException ex)
                {
                    await context.Error.WriteLineAsync($"newsbot parse: {relative}: {ex.Message}");
                    failed++;
                    continue;
                }
                count++;
                if (feed.Problems.Count > 0) withProblems++;
                await writer.WriteLineAsync(JsonSerializer.Serialize(new { path = relative, feed }, Compact));
            }
        }
        await context.Out.WriteLineAsync($"parsed {count} file(s) into {outPath}; {withProblems} with problems; {failed} unreadable");
        return failed == 0 ? 0 : 1;
    }

    private static async Task<(byte[]? Bytes, string? ContentType, Uri? BaseUri, string? Error)> LoadAsync(string input, HttpClient http, CancellationToken ct)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            try
            {
                using var response = await http.GetAsync(uri, ct);
                if (!response.IsSuccessStatusCode)
                    return (null, null, null, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
                var bytes = await response.Content.ReadAsByteArrayAsync(ct);
                var finalUri = response.RequestMessage?.RequestUri ?? uri;
                return (bytes, response.Content.Headers.ContentType?.ToString(), finalUri, null);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return (null, null, null, ex.Message);
            }
        }
        if (!File.Exists(input))
            return (null, null, null, "no such file");
        try
        {
            return (await File.ReadAllBytesAsync(input, ct), null, null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, null, null, ex.Message);
        }
    }

    private static JsonSerializerOptions Options(bool indented) => new()
    {
        WriteIndented = indented,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
