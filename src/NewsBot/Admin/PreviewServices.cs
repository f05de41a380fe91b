using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Configuration;
using NewsBot.Hosting;
using NewsBot.Web;

namespace NewsBot.Admin;

/// <summary>The host's digest pipeline alone (web fetcher, article extractor, quote finder, summarizer, story factory) for a preview.</summary>
public static class PreviewServices
{
    public static ServiceProvider Build(IConfiguration settings, bool fetchArticles)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace));
        var polling = services.AddOptions<PollingOptions>().Bind(settings.GetSection(PollingOptions.Section)).ValidateDataAnnotations();
        if (!fetchArticles)
            polling.PostConfigure(o => o.FetchArticles = false);
        services.AddWebFetcher(settings);
        services.AddDigestPipeline();
        services.AddSingleton<FeedPreview>();
        return services.BuildServiceProvider();
    }
}
