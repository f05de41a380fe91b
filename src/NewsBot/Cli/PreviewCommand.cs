using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Admin;
using NewsBot.Configuration;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot preview FEED [--topic NAME] [--platform console|discord|telegram] [--limit N] [--no-articles] [--config DIR]`:
/// reads a feed (http(s) URL, file, or configured feed id) and prints its digests exactly as they would be posted,
/// without storing or posting anything.
/// </summary>
public sealed class PreviewCommand : ICliCommand
{
    private const string Usage = "usage: newsbot preview <feed-url|file|feed-id> [--topic NAME] [--platform console|discord|telegram] " +
                                 "[--limit N] [--no-articles] [--config DIR]";

    public string Name => "preview";

    public string Summary => "print a feed's digests as they would be posted (nothing stored or sent)";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var cli = new CliArgs(args, "no-articles");
        var platform = cli.Get("platform") ?? "console";
        int? limit = null;
        if (cli.Get("limit") is { } l)
            limit = int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : -1;
        if (cli.Positional.Count != 1 || !ConfigValidator.Platforms.Contains(platform) || limit < 0)
            return await FailAsync(context, Usage);

        var dir = Path.GetFullPath(ConfigDirectory.From(cli));
        var topic = cli.Get("topic");
        ConfigSnapshot? snapshot = null;
        if (File.Exists(Path.Combine(dir, ConfigLoader.FileName)) || topic is not null)
        {
            var (loaded, errors) = ConfigSnapshot.Load(dir);
            if (loaded is null && topic is not null)
                return await RunCommand.ReportAsync(errors, context);
            if (loaded is null)
                await context.Error.WriteLineAsync($"note: {ConfigLoader.FileName} has {errors.Count} problem(s); topics are not matched");
            snapshot = loaded;
        }
        if (topic is not null && snapshot!.Topic(topic) is null)
            return await FailAsync(context, $"topic '{topic}' is not declared in {ConfigLoader.FileName} (declared: {string.Join(", ", snapshot.Topics.Select(t => t.Name))})");
        if (Locate(cli.Positional[0], snapshot) is not { } location)
            return await FailAsync(context, $"'{cli.Positional[0]}' is not an http(s) URL, an existing file or a configured feed id");

        var settings = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(dir, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        try
        {
            await using var services = PreviewServices.Build(settings, fetchArticles: !cli.Has("no-articles"));
            var preview = services.GetRequiredService<FeedPreview>();
            var result = await preview.RunAsync(new PreviewRequest(location.Uri, location.Feed, snapshot, topic, limit), context.Cancellation);
            if (result.Error is not null)
                return await FailAsync(context, result.Error);
            await PreviewRenderer.WriteAsync(platform, result.Digests, context.Out);
            await context.Error.WriteLineAsync($"{result.Digests.Count} of {result.EntryCount} entries shown" +
                (topic is null ? "" : $" (topic {topic})") + (result.Problems.Count > 0 ? $"; feed problems: {string.Join("; ", result.Problems.Take(3))}" : ""));
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            return await RunCommand.ReportAsync(ex.Failures.Select(f => new ConfigError(ex.OptionsName, f)).ToList(), context);
        }
    }

    /// <summary>A configured feed id, an http(s) URL, or a file; a URL or file that a configured feed uses brings that feed's name and language.</summary>
    private static (Uri Uri, FeedConfig? Feed)? Locate(string value, ConfigSnapshot? snapshot)
    {
        if (snapshot?.Feed(value) is { } byId)
            return (snapshot.FeedUri(byId), byId);
        Uri uri;
        if (Uri.TryCreate(value, UriKind.Absolute, out var web) && web.Scheme is "http" or "https")
            uri = web;
        else if (File.Exists(value))
            uri = new Uri(Path.GetFullPath(value));
        else
            return null;
        var feed = snapshot?.Config.Feeds.FirstOrDefault(f =>
            FeedUrlKey.Of(f.Url, snapshot.Directory) == FeedUrlKey.Of(uri.IsFile ? uri.LocalPath : uri.AbsoluteUri, snapshot.Directory));
        return (uri, feed);
    }

    private static async Task<int> FailAsync(CliContext context, string message)
    {
        await context.Error.WriteLineAsync("newsbot preview: " + message);
        return 2;
    }
}
