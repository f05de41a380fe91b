using System.Net;
using System.Text.RegularExpressions;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;

namespace NewsBot.Cli;

/// <summary>
/// `newsbot digest <file-or-url>`: the console rendering of one article's digest. An HTML page goes through
/// the article extractor (title from &lt;title&gt;); a plain-text file is used as it is (title = its first line
/// that is not a section trail such as "News / Russia").
/// </summary>
public sealed partial class DigestCommand : ICliCommand
{
    private static readonly TimeSpan FetchTimeout = TimeSpan.FromSeconds(20);

    public string Name => "digest";

    public string Summary => "print the digest of one article: newsbot digest <file-or-url>";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var a = new CliArgs(args);
        if (a.Positional.Count != 1)
        {
            await context.Error.WriteLineAsync("usage: newsbot digest <file-or-url>");
            return 2;
        }
        var source = a.Positional[0];
        var (content, link, outlet, error) = await LoadAsync(source, context.Cancellation);
        if (content is null)
        {
            await context.Error.WriteLineAsync($"newsbot digest: {error}");
            return 1;
        }
        var story = ToStory(content, link, outlet);
        if (story is null)
        {
            await context.Error.WriteLineAsync($"newsbot digest: no article text found in {source}");
            return 1;
        }
        var digest = new DigestBuilder(new QuoteFinder(), new LeadSummarizer()).Build(story);
        await context.Out.WriteAsync(ConsoleRenderer.Render(digest));
        return 0;
    }

    internal static async Task<(string? Content, string? Link, string Outlet, string Error)> LoadAsync(string source, CancellationToken ct)
    {
        if (Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            try
            {
                using var http = new HttpClient { Timeout = FetchTimeout };
                http.DefaultRequestHeaders.UserAgent.ParseAdd("NewsBot/1.0 (+digest command)");
                using var response = await http.GetAsync(uri, ct);
                if (!response.IsSuccessStatusCode)
                    return (null, null, "", $"{uri} answered HTTP {(int)response.StatusCode}");
                return (await response.Content.ReadAsStringAsync(ct), uri.ToString(), uri.Host, "");
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                return (null, null, "", $"could not fetch {uri}: {ex.Message}");
            }
        }
        if (!File.Exists(source))
            return (null, null, "", $"file not found: {source}");
        return (await File.ReadAllTextAsync(source, ct), null, Path.GetFileNameWithoutExtension(source), "");
    }

    /// <summary>HTML goes through the extractor; anything else is plain text with the title on its first real line.</summary>
    public static StoryText? ToStory(string content, string? link, string outlet)
    {
        if (LooksLikeHtml(content))
        {
            var text = new ArticleExtractor().Extract(content, link is null ? null : new Uri(link));
            if (text is null)
                return null;
            var title = TitleTag().Match(content) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value).Trim() : FirstTitleLine(text);
            return new StoryText(title, text, outlet, null, link);
        }
        // A page as a reader's browser shows it: drop its furniture (trails, captions, "Read More:", footers) first.
        var plain = PlainTextCleaner.Clean(content.Replace("\r\n", "\n", StringComparison.Ordinal));
        return plain.Trim().Length == 0 ? null : new StoryText(FirstTitleLine(plain), plain, outlet, null, link);
    }

    private static bool LooksLikeHtml(string content)
    {
        var head = content.TrimStart();
        return head.StartsWith('<') && (head.Contains("<html", StringComparison.OrdinalIgnoreCase)
                                        || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
                                        || head.StartsWith("<!doctype", StringComparison.OrdinalIgnoreCase));
    }

    private static string FirstTitleLine(string text)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        return lines.FirstOrDefault(l => !Breadcrumb().IsMatch(l)) ?? lines.FirstOrDefault() ?? "";
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex TitleTag();

    // "News / Russia", "Home > World > Europe", "World | Politics"
    [GeneratedRegex(@"^[^.!?]{1,30}(\s+[/>|›»]\s+[^.!?/>|›»]{1,30})+$")]
    private static partial Regex Breadcrumb();
}
