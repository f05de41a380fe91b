using System.Text.Json;
using NewsBot.Cli;

namespace NewsBot.Tests.Feeds;

public sealed class ParseCommandTests
{
    [Fact]
    public async Task Prints_one_json_object_per_file_with_problems()
    {
        var (code, stdout, _) = await Run("parse", Fixture.PathOf("rss2.xml"), Fixture.PathOf("bare-amp.xml"));

        Assert.Equal(0, code);
        var docs = SplitObjects(stdout);
        Assert.Equal(2, docs.Count);
        Assert.Equal("City News", docs[0].GetProperty("feed").GetProperty("title").GetString());
        Assert.NotEmpty(docs[1].GetProperty("feed").GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task Missing_file_is_a_clear_error()
    {
        var (code, _, stderr) = await Run("parse", "/nonexistent/feed.xml");

        Assert.Equal(1, code);
        Assert.Contains("no such file", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_writes_one_line_per_file_with_relative_path()
    {
        var dir = Directory.CreateTempSubdirectory("newsbot-parse-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "sub"));
            File.Copy(Fixture.PathOf("rss2.xml"), Path.Combine(dir.FullName, "a.xml"));
            File.Copy(Fixture.PathOf("truncated.xml"), Path.Combine(dir.FullName, "sub", "b.xml"));
            File.WriteAllText(Path.Combine(dir.FullName, "sub", "junk.txt"), "not a feed");
            var outFile = Path.Combine(dir.FullName, "..", dir.Name + ".jsonl");

            var (code, stdout, _) = await Run("parse", "--batch", dir.FullName, "--out", outFile);

            Assert.Equal(0, code);
            var lines = File.ReadAllLines(outFile).Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(["a.xml", "sub/b.xml", "sub/junk.txt"], lines.Select(l => l.GetProperty("path").GetString()));
            Assert.Equal(3, lines[1].GetProperty("feed").GetProperty("entries").GetArrayLength());
            Assert.NotEmpty(lines[2].GetProperty("feed").GetProperty("problems").EnumerateArray());
            Assert.Contains("parsed 3 file(s)", stdout, StringComparison.Ordinal);
            File.Delete(outFile);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static async Task<(int Code, string Out, string Err)> Run(string name, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await EntryPoint.RunCommandAsync(name, args, new CliContext(stdout, stderr, CancellationToken.None));
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The command prints indented objects one after another; read them in sequence.</summary>
    private static List<JsonElement> SplitObjects(string text)
    {
        var result = new List<JsonElement>();
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(text), new JsonReaderOptions { AllowMultipleValues = true });
        while (reader.Read())
        {
            using var doc = JsonDocument.ParseValue(ref reader);
            result.Add(doc.RootElement.Clone());
        }
        return result;
    }
}
