using System.IO.Compression;
using System.Text.Json;
using NewsBot.Cli;

namespace NewsBot.Tests.Articles;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("newsbot-extract-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", name));

    [Fact]
    public async Task Batch_writes_one_text_per_html_and_gz_page()
    {
        var html = Path.Combine(_dir, "html");
        Directory.CreateDirectory(html);
        await File.WriteAllTextAsync(Path.Combine(html, "plain.html"), Fixture("news-page.html"));
        await using (var gz = new GZipStream(File.Create(Path.Combine(html, "zipped.html.gz")), CompressionLevel.Fastest))
        await using (var writer = new StreamWriter(gz))
            await writer.WriteAsync(Fixture("broken-page.html"));
        await File.WriteAllTextAsync(Path.Combine(html, "notes.txt"), "not a page");
        await File.WriteAllTextAsync(Path.Combine(_dir, "ground-truth.json"),
            """{"plain": {"url": "https://gazette.example/a", "articleBody": "ignored"}}""");
        var output = Path.Combine(_dir, "pred.json");
        var (code, stdout, _) = await Run("--batch", html, "--out", output);

        Assert.Equal(0, code);
        Assert.Contains("extracted 2 pages", stdout, StringComparison.Ordinal);
        var pred = JsonSerializer.Deserialize<Dictionary<string, string>>(await File.ReadAllTextAsync(output))!;
        Assert.Equal(["plain", "zipped"], pred.Keys.Order().ToList());
        Assert.StartsWith("The fictional harbour town of Sandmere", pred["plain"]);
        Assert.Contains("lighthouse keeper", pred["zipped"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Single_file_prints_the_text()
    {
        var page = Path.Combine(_dir, "page.html");
        await File.WriteAllTextAsync(page, Fixture("news-page.html"));

        var (code, stdout, _) = await Run(page);

        Assert.Equal(0, code);
        Assert.StartsWith("The fictional harbour town of Sandmere", stdout);
        Assert.DoesNotContain("Share this", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_give_a_clear_error()
    {
        var (missingOut, _, err1) = await Run("--batch", _dir);
        var (missingFile, _, err2) = await Run(Path.Combine(_dir, "nope.html"));
        var (textless, _, err3) = await Run(WriteFile("empty.html", "<html><body></body></html>"));
        var (badGzip, _, err4) = await Run(WriteFile("bad.html.gz", "this is not gzip data"));
        var (missingUrls, _, err5) = await Run("--batch", _dir, "--out", Path.Combine(_dir, "p.json"), "--urls", Path.Combine(_dir, "none.json"));

        Assert.Equal(2, missingOut);
        Assert.Contains("--out", err1, StringComparison.Ordinal);
        Assert.Equal(1, missingFile);
        Assert.Contains("no such file", err2, StringComparison.Ordinal);
        Assert.Equal(1, textless);
        Assert.Contains("no article text", err3, StringComparison.Ordinal);
        Assert.Equal(1, badGzip);
        Assert.Contains("cannot read", err4, StringComparison.Ordinal);
        Assert.Equal(2, missingUrls);
        Assert.Contains("none.json", err5, StringComparison.Ordinal);
    }

    private string WriteFile(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await new ExtractCommand().RunAsync(args, new CliContext(stdout, stderr, CancellationToken.None));
        return (code, stdout.ToString(), stderr.ToString());
    }
}
