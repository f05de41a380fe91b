using NewsBot.Configuration;
using NewsBot.Core.Topics;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot match <file-or-url> [--config DIR]`: which configured topics one story matches, and the words that
/// matched each, read through the same extraction and matcher the bot uses. For admins tuning keywords.
/// </summary>
public sealed class MatchCommand : ICliCommand
{
    public string Name => "match";

    public string Summary => "which topics a story matches and why: newsbot match <file-or-url> [--config DIR]";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var a = new CliArgs(args);
        if (a.Positional.Count != 1)
        {
            await context.Error.WriteLineAsync("usage: newsbot match <file-or-url> [--config DIR]");
            return 2;
        }
        var (snapshot, errors) = ConfigSnapshot.Load(ConfigDirectory.From(a));
        if (snapshot is null)
            return await RunCommand.ReportAsync(errors, context);
        var (content, link, outlet, error) = await DigestCommand.LoadAsync(a.Positional[0], context.Cancellation);
        var story = content is null ? null : DigestCommand.ToStory(content, link, outlet);
        if (story is null)
        {
            await context.Error.WriteLineAsync($"newsbot match: {(content is null ? error : "no article text found")}");
            return 1;
        }
        var matches = snapshot.Matcher.Match(new MatchInput(story.Title, story.Text));
        await context.Out.WriteLineAsync(story.Title);
        if (matches.Count == 0)
        {
            await context.Out.WriteLineAsync($"matches no topic (topics: {string.Join(", ", snapshot.Topics.Select(t => t.Name))})");
            return 0;
        }
        foreach (var m in matches)
            await context.Out.WriteLineAsync($"{m.Topic}: {string.Join(", ", m.MatchedWords)}");
        return 0;
    }
}
