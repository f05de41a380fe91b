using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Articles;
using NewsBot.Core.Digests;
using NewsBot.Polling;
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
        services.AddSingleton<IContentExtractor, ArticleExtractor>();
        services.AddSingleton<IQuoteFinder, QuoteFinder>();
        services.AddSingleton<ISummarizer, LeadSummarizer>();
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<FeedSource>();
        services.AddSingleton<StoryFactory>();
        services.AddSingleton<FeedPreview>();
        return services.BuildServiceProvider();
    }
}
