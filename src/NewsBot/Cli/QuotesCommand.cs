using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsBot.Core.Digests;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot quotes --batch in.jsonl --out pred.jsonl`: finds quotes in each {"id","text"} line and writes
/// {"id","quotes":[{"start","end","speaker"}]}. Offsets in the output are Unicode code-point offsets (what
/// Python's str indexing and the scorer use), converted from .NET's UTF-16 offsets; they differ after any
/// character outside the Basic Multilingual Plane (emoji), which takes two UTF-16 units.
/// Bad lines are reported on stderr with their line number and skipped; the rest are still written.
/// </summary>
public sealed class QuotesCommand : ICliCommand
{
    public string Name => "quotes";

    public string Summary => "find quotes and speakers: --batch in.jsonl --out pred.jsonl, or a text file";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var a = new CliArgs(args);
        var finder = new QuoteFinder();
        if (a.Get("batch") is { } batch)
            return await RunBatchAsync(finder, batch, a.Get("out"), context);
        if (a.Positional.Count == 1 && File.Exists(a.Positional[0]))
        {
            var text = await File.ReadAllTextAsync(a.Positional[0], context.Cancellation);
            foreach (var q in finder.Find(text))
                await context.Out.WriteLineAsync($"“{q.Text}” — {q.Speaker ?? "(unknown)"}");
            return 0;
        }
        await context.Error.WriteLineAsync("usage: newsbot quotes --batch <in.jsonl> [--out <pred.jsonl>] | newsbot quotes <text-file>");
        return 2;
    }

    private static async Task<int> RunBatchAsync(QuoteFinder finder, string input, string? output, CliContext context)
    {
        if (!File.Exists(input))
        {
            await context.Error.WriteLineAsync($"newsbot quotes: input file not found: {input}");
            return 2;
        }
        TextWriter writer;
        try
        {
            writer = output is null ? context.Out : new StreamWriter(output, false, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"newsbot quotes: cannot write {output}: {ex.Message}");
            return 2;
        }
        var bad = 0;
        var lineNo = 0;
        try
        {
            foreach (var line in File.ReadLines(input))
            {
                lineNo++;
                if (string.IsNullOrWhiteSpace(line))
                    continue;
                if (!TryRead(line, out var id, out var text))
                {
                    bad++;
                    await context.Error.WriteLineAsync($"newsbot quotes: line {lineNo}: not a JSON object with string \"id\" and \"text\"; skipped");
                    continue;
                }
                await writer.WriteLineAsync(ToJson(id, text, finder.Find(text)));
            }
        }
        finally
        {
            if (output is not null)
                await writer.DisposeAsync();
        }
        return bad == 0 ? 0 : 1;
    }

    private static bool TryRead(string line, out string id, out string text)
    {
        id = text = "";
        try
        {
            if (JsonNode.Parse(line) is not JsonObject o
                || o["id"] is not JsonValue idv || !idv.TryGetValue(out string? i)
                || o["text"] is not JsonValue tv || !tv.TryGetValue(out string? t))
                return false;
            (id, text) = (i, t);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static string ToJson(string id, string text, IReadOnlyList<FoundQuote> quotes)
    {
        var map = new CodePointMap(text);
        var arr = new JsonArray();
        foreach (var q in quotes)
            arr.Add(new JsonObject { ["start"] = map.ToCodePoint(q.Start), ["end"] = map.ToCodePoint(q.End), ["speaker"] = q.Speaker });
        return new JsonObject { ["id"] = id, ["quotes"] = arr }.ToJsonString();
    }
}

/// <summary>UTF-16 offset -> Unicode code-point offset for one text (surrogate pairs count once).</summary>
public sealed class CodePointMap(string text)
{
    private readonly int[] _pairsBefore = Build(text);

    public int ToCodePoint(int utf16Offset)
    {
        var o = Math.Clamp(utf16Offset, 0, _pairsBefore.Length - 1);
        return o - _pairsBefore[o];
    }

    private static int[] Build(string text)
    {
        var pairs = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
            pairs[i + 1] = pairs[i] + (char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]) ? 1 : 0);
        return pairs;
    }
}
