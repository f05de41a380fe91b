using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsBot.Core.Feeds;
using NewsBot.Tests.Support;
using Xunit.Abstractions;

namespace NewsBot.Tests.Feeds;

/// <summary>
/// Runs every document of the feedparser test corpus (../shared/data/feeds/feedparser-tests) through FeedParser:
/// none may throw, and of the manifest's simple checks on fields our model carries at least 97% must pass.
/// Documents the corpus serves over mocked HTTP get their Content-Type and Content-Location / URL passed in.
/// </summary>
public sealed class FeedCorpusTests(ITestOutputHelper output)
{
    internal const string Corpus = "data/feeds/feedparser-tests";
    private const string DocumentUrl = "http://127.0.0.1:8097/";

    [SharedDataFact]
    public void Every_corpus_document_parses_and_97_percent_of_in_scope_checks_pass()
    {
        var root = SharedData.PathTo(Corpus)!;
        var folders = new SortedDictionary<string, (int Checks, int Passed)>(StringComparer.Ordinal);
        var crashes = new List<string>();
        var failures = new List<string>();
        int documents = 0, encodingChecks = 0, encodingPassed = 0, wellformed = 0, wellformedClean = 0;

        foreach (var line in File.ReadLines(Path.Combine(root, "manifest.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var m = doc.RootElement;
            var path = m.GetProperty("path").GetString()!;
            var folder = m.GetProperty("folder").GetString()!;
            documents++;
            ParsedFeed feed;
            try
            {
                var (contentType, baseUri) = HttpContext(m, path);
                feed = FeedParser.Parse(File.ReadAllBytes(Path.Combine(root, path)), contentType, baseUri);
            }
            catch (Exception ex)
            {
                crashes.Add($"{path}: {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            if (m.GetProperty("bozo_expected").ValueKind == JsonValueKind.False)
            {
                wellformed++;
                if (feed.Problems.Count == 0) wellformedClean++;
            }
            if (m.GetProperty("checks").ValueKind != JsonValueKind.Array)
                continue;
            foreach (var check in m.GetProperty("checks").EnumerateArray())
            {
                if (check.GetProperty("field").GetString() == "encoding")
                {
                    encodingChecks++;
                    if (string.Equals(feed.Encoding, check.GetProperty("value").GetString(), StringComparison.OrdinalIgnoreCase)) encodingPassed++;
                    continue;
                }
                if (!CorpusCheck.TryEvaluate(check, feed, out var passed))
                    continue;
                var (c, p) = folders.GetValueOrDefault(folder);
                folders[folder] = (c + 1, p + (passed ? 1 : 0));
                if (!passed)
                    failures.Add($"{path}: {check.GetProperty("field").GetString()} expected {check.GetProperty("value")}");
            }
        }

        var total = folders.Values.Sum(v => v.Checks);
        var ok = folders.Values.Sum(v => v.Passed);
        var rate = total == 0 ? 0 : 100.0 * ok / total;
        output.WriteLine(Report(folders, documents, total, ok, rate, encodingChecks, encodingPassed, wellformed, wellformedClean));
        foreach (var f in failures.Take(80))
            output.WriteLine("FAIL " + f);

        Assert.Empty(crashes);
        Assert.Equal(2107, documents);
        Assert.True(total > 500, $"only {total} checks in scope");
        Assert.True(rate >= 97.0, $"in-scope checks passed {ok}/{total} = {rate:F1}%, need >= 97%");
    }

    /// <summary>Content-Type, and the base URI the mocked server would give (Content-Location resolved against the document URL).</summary>
    internal static (string? ContentType, Uri? BaseUri) HttpContext(JsonElement m, string path)
    {
        if (!m.GetProperty("needs_http").GetBoolean())
            return (null, null);
        var url = new Uri(DocumentUrl + path);
        string? contentType = null;
        if (m.GetProperty("http_headers") is { ValueKind: JsonValueKind.Object } headers)
        {
            foreach (var h in headers.EnumerateObject())
            {
                if (h.Name.Equals("Content-type", StringComparison.OrdinalIgnoreCase))
                    contentType = h.Value.GetString();
                else if (h.Name.Equals("Content-Location", StringComparison.OrdinalIgnoreCase)
                         && Uri.TryCreate(url, h.Value.GetString(), out var location) && location.Scheme is "http" or "https")
                    url = location;
            }
        }
        return (contentType, url);
    }

    private static string Report(SortedDictionary<string, (int Checks, int Passed)> folders, int documents, int total, int ok, double rate,
        int encodingChecks, int encodingPassed, int wellformed, int wellformedClean)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"documents {documents}; in-scope checks {total}; passed {ok} ({rate:F2}%)");
        foreach (var (folder, (c, p)) in folders)
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {folder,-28} {p,5}/{c,-5} {100.0 * p / c,6:F1}%");
        sb.AppendLine(CultureInfo.InvariantCulture, $"encoding (reported, not gated): {encodingPassed}/{encodingChecks}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"well-formed documents with no problems listed (reported, not gated): {wellformedClean}/{wellformed}");
        sb.AppendLine("field mapping:");
        foreach (var (from, to) in CorpusCheck.Mapping)
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {from,-58} -> {to}");
        return sb.ToString();
    }
}
