using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using NewsBot.Cli;

namespace NewsBot.Tests.Digests;

public sealed class QuoteCommandsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsbot-quotes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (CliContext Context, StringWriter Out, StringWriter Error) Context()
    {
        var o = new StringWriter();
        var e = new StringWriter();
        return (new CliContext(o, e, CancellationToken.None), o, e);
    }

    [Fact]
    public async Task Batch_writes_code_point_offsets_and_skips_bad_lines()
    {
        // The emoji is two UTF-16 units but one code point, so every later offset shifts by one.
        const string text = "Fans cheered \U0001F389 loudly.\n\"We played the best game of the season,\" said coach Dario Menn.";
        var input = Path.Combine(_dir, "in.jsonl");
        var output = Path.Combine(_dir, "pred.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            JsonSerializer.Serialize(new { id = "a1", text }),
            "{not json",
            JsonSerializer.Serialize(new { id = "a2", text = "No quotes in this one." }),
        ]);
        var (context, _, error) = Context();

        var code = await EntryPoint.RunCommandAsync("quotes", ["--batch", input, "--out", output], context);

        Assert.Equal(1, code);
        Assert.Contains("line 2", error.ToString());
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var q = first.RootElement.GetProperty("quotes")[0];
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        var quoted = string.Concat(codePoints[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()]);
        Assert.Equal("We played the best game of the season,", quoted);
        Assert.Equal("Dario Menn", q.GetProperty("speaker").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("a2", second.RootElement.GetProperty("id").GetString());
        Assert.Equal(0, second.RootElement.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public async Task Missing_input_is_a_clear_error()
    {
        var (context, _, error) = Context();

        var code = await EntryPoint.RunCommandAsync("quotes", ["--batch", Path.Combine(_dir, "nope.jsonl")], context);

        Assert.Equal(2, code);
        Assert.Contains("not found", error.ToString());
    }

    [Fact]
    public async Task Unwritable_output_is_a_clear_error()
    {
        var input = Path.Combine(_dir, "in.jsonl");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new { id = "a", text = "x" }) + "\n");
        var (context, _, error) = Context();

        var code = await EntryPoint.RunCommandAsync("quotes", ["--batch", input, "--out", Path.Combine(_dir, "no", "such", "dir", "p.jsonl")], context);

        Assert.Equal(2, code);
        Assert.Contains("cannot write", error.ToString());
    }

    [Fact]
    public async Task Digest_of_a_plain_text_file_renders_summary_and_quotes()
    {
        var (context, output, _) = Context();

        var code = await EntryPoint.RunCommandAsync("digest", [QuoteCaseFixtures.PathOf("harbor-story.txt")], context);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("Sample story (fictional outlet and people", text.Split('\n')[0]);
        Assert.Contains("The town council of Nordvik voted on Monday", text);
        Assert.Contains("— Tomas Brandt", text);
    }

    [Fact]
    public async Task Digest_of_an_html_page_uses_the_title_tag()
    {
        var page = Path.Combine(_dir, "page.html");
        await File.WriteAllTextAsync(page, """
            <!doctype html><html><head><title>Nordvik will rebuild its pier</title></head><body>
            <nav>Home / Towns</nav>
            <article><h1>Nordvik will rebuild its pier</h1>
            <p>The town council of Nordvik voted on Monday to rebuild the old pier that a storm destroyed last winter, ending a long dispute.</p>
            <p>"This pier is where the town began, and it is where the town will start again," Mayor Ana Lindqvist said after the vote.</p>
            <p>The project will cost about 4.2 million crowns and should be finished before the summer season begins next year.</p>
            <p>Residents who spoke at the meeting were mostly in favor of the plan, although some fishermen asked for a delay.</p>
            </article></body></html>
            """);
        var (context, output, _) = Context();

        var code = await EntryPoint.RunCommandAsync("digest", [page], context);

        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.StartsWith("■ Nordvik will rebuild its pier", text);
        Assert.Contains("— Ana Lindqvist", text);
    }

    [Fact]
    public async Task Digest_of_a_url_fetches_the_page_from_a_loopback_server()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var app = builder.Build();
        app.MapGet("/pier", () => Results.Content("""
            <!doctype html><html><head><title>Nordvik will rebuild its pier</title></head><body><article>
            <p>The town council of Nordvik voted on Monday to rebuild the old pier that a storm destroyed last winter, ending a long dispute.</p>
            <p>"This pier is where the town began, and it is where the town will start again," Mayor Ana Lindqvist said after the vote.</p>
            <p>The project will cost about 4.2 million crowns and should be finished before the summer season begins next year.</p>
            </article></body></html>
            """, "text/html"));
        app.MapGet("/gone", () => Results.NotFound());
        await app.StartAsync();
        var root = app.Urls.First();
        var (context, output, error) = Context();

        var ok = await EntryPoint.RunCommandAsync("digest", [root + "/pier"], context);
        var missing = await EntryPoint.RunCommandAsync("digest", [root + "/gone"], context);

        Assert.Equal(0, ok);
        Assert.Contains("— Ana Lindqvist", output.ToString());
        Assert.Contains(root + "/pier", output.ToString());
        Assert.Equal(1, missing);
        Assert.Contains("HTTP 404", error.ToString());
    }

    [Fact]
    public async Task Digest_of_a_missing_file_fails_with_a_message()
    {
        var (context, _, error) = Context();

        var code = await EntryPoint.RunCommandAsync("digest", [Path.Combine(_dir, "missing.txt")], context);

        Assert.Equal(1, code);
        Assert.Contains("file not found", error.ToString());
    }
}
