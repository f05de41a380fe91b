using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsBot.Core.Articles;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot extract FILE` prints the main text of one saved page;
/// `newsbot extract --batch DIR --out PRED.json` writes {name: text} for every *.html / *.html.gz in DIR.
/// Page URLs come from `--urls FILE` or a ground-truth.json beside DIR (or in it); only their `url` fields are read.
/// </summary>
public sealed class ExtractCommand : ICliCommand
{
    public string Name => "extract";

    public string Summary => "main text of saved article pages: extract FILE | extract --batch DIR --out PRED.json";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var cli = new CliArgs(args, "blocks");
        var extractor = new ArticleExtractor();
        var batch = cli.Get("batch");
        if (batch is not null)
            return await RunBatchAsync(extractor, batch, cli.Get("out"), cli.Get("urls"), context);
        if (cli.Positional.Count != 1)
        {
            await context.Error.WriteLineAsync("usage: newsbot extract FILE [--url URL] [--blocks] | newsbot extract --batch DIR --out PRED.json [--urls ground-truth.json]");
            return 2;
        }
        var path = cli.Positional[0];
        if (!File.Exists(path))
        {
            await context.Error.WriteLineAsync($"newsbot extract: no such file '{path}'");
            return 1;
        }
        Uri.TryCreate(cli.Get("url"), UriKind.Absolute, out var url);
        string html;
        try
        {
            html = await ReadPageAsync(path, context.Cancellation);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"newsbot extract: cannot read '{path}': {ex.Message}");
            return 1;
        }
        if (cli.Has("blocks"))
            return await PrintBlocksAsync(html, url, context);
        var text = extractor.Extract(html, url);
        if (text is null)
        {
            await context.Error.WriteLineAsync("newsbot extract: no article text found");
            return 1;
        }
        await context.Out.WriteLineAsync(text);
        return 0;
    }

    /// <summary>`--blocks`: every block of the content element, '+' kept or '-' dropped, to see why text went missing.</summary>
    private static async Task<int> PrintBlocksAsync(string html, Uri? url, CliContext context)
    {
        ArticleBlocks? page;
        try
        {
            page = ArticleExtractor.ReadBlocks(html, url);
        }
        catch (Exception ex)
        {
            await context.Error.WriteLineAsync($"newsbot extract: page could not be read: {ex.Message}");
            return 1;
        }
        if (page is null)
        {
            await context.Error.WriteLineAsync("newsbot extract: no content element found");
            return 1;
        }
        var kept = BlockFilter.Filter(page.Blocks, page.Known).ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var b in page.Blocks)
            await context.Out.WriteLineAsync($"{(kept.Contains(b) ? '+' : '-')} [{b.Kind} w={b.Words} links={b.LinkDensity:F2}] {b.Text}");
        return 0;
    }

    private static async Task<int> RunBatchAsync(ArticleExtractor extractor, string dir, string? outPath, string? urlsPath, CliContext context)
    {
        if (outPath is null || !Directory.Exists(dir))
        {
            await context.Error.WriteLineAsync(outPath is null
                ? "newsbot extract: --batch needs --out PRED.json"
                : $"newsbot extract: no such folder '{dir}'");
            return 2;
        }
        if (urlsPath is not null && !File.Exists(urlsPath))
        {
            await context.Error.WriteLineAsync($"newsbot extract: no such file '{urlsPath}'");
            return 2;
        }
        var urls = await ReadUrlsAsync(urlsPath ?? FindGroundTruth(dir), context);
        var files = Directory.EnumerateFiles(dir)
            .Where(f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".html.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var empty = 0;
        foreach (var file in files)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var id = PageId(file);
            string html;
            try
            {
                html = await ReadPageAsync(file, context.Cancellation);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                await context.Error.WriteLineAsync($"newsbot extract: cannot read '{file}': {ex.Message}");
                result[id] = "";
                empty++;
                continue;
            }
            var url = urls.TryGetValue(id, out var u) ? u : null;
            var text = extractor.Extract(html, url) ?? "";
            if (text.Length == 0)
                empty++;
            result[id] = text;
        }
        await using (var stream = File.Create(outPath))
            await JsonSerializer.SerializeAsync(stream, result, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }, context.Cancellation);
        await context.Out.WriteLineAsync($"extracted {files.Count} pages ({empty} empty) -> {outPath}");
        return 0;
    }

    /// <summary>File name without .html / .html.gz.</summary>
    internal static string PageId(string file)
    {
        var name = Path.GetFileName(file);
        foreach (var ext in new[] { ".html.gz", ".html" })
        {
            if (name.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
                return name[..^ext.Length];
        }
        return name;
    }

    private static async Task<string> ReadPageAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress)
            : file;
        await using (stream)
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            return await reader.ReadToEndAsync(ct);
        }
    }

    /// <summary>A ground-truth.json in DIR or beside it, or null.</summary>
    private static string? FindGroundTruth(string dir)
    {
        var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? full;
        return new[] { Path.Combine(full, "ground-truth.json"), Path.Combine(parent, "ground-truth.json") }.FirstOrDefault(File.Exists);
    }

    /// <summary>Page URLs from a ground-truth.json: only each page's `url` field is read, never its text.</summary>
    private static async Task<Dictionary<string, Uri>> ReadUrlsAsync(string? path, CliContext context)
    {
        var urls = new Dictionary<string, Uri>(StringComparer.Ordinal);
        if (path is null)
            return urls;
        try
        {
            await using var stream = File.OpenRead(path);
            using var doc = await JsonDocument.ParseAsync(stream, cancellationToken: context.Cancellation);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
                return urls;
            foreach (var page in doc.RootElement.EnumerateObject())
            {
                if (page.Value.ValueKind == JsonValueKind.Object
                    && page.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String
                    && Uri.TryCreate(u.GetString(), UriKind.Absolute, out var uri))
                    urls[page.Name] = uri;
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            await context.Error.WriteLineAsync($"newsbot extract: ignoring unreadable '{path}': {ex.Message}");
        }
        return urls;
    }
}
