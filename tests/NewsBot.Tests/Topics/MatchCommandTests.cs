using NewsBot.Cli;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Topics;

public class MatchCommandTests
{
    [Fact]
    public async Task Prints_the_topics_a_story_matches_and_the_words_that_matched()
    {
        var file = Path.Combine(Path.GetTempPath(), $"newsbot-match-{Guid.NewGuid():N}.txt");
        File.WriteAllText(file, "Ceasefire talks resume\n\nDelegates met in Astana as fighting eased around Idlib. The Syrian army and Turkish forces held their positions.\n");
        var output = new StringWriter();
        var code = await EntryPoint.RunCommandAsync("match", [file, "--config", RepoPaths.Config], new CliContext(output, TextWriter.Null, default));
        Assert.Equal(0, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Ceasefire talks resume", lines[0]);
        Assert.Contains("syria: syrian, idlib, astana", lines); // in the order of the topic's keywords
        Assert.Contains("turkey: turkish", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("russia", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_file_is_a_clear_error()
    {
        var error = new StringWriter();
        var code = await EntryPoint.RunCommandAsync("match", ["/nonexistent/story.txt", "--config", RepoPaths.Config], new CliContext(TextWriter.Null, error, default));
        Assert.Equal(1, code);
        Assert.Contains("file not found", error.ToString());
    }
}
