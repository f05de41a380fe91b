using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsBot.Core.Abstractions;

namespace NewsBot.Web;

public static class WebRegistration
{
    /// <summary>
    /// Registers <see cref="IWebFetcher"/> with options from the "Web" section (validated at start) and the
    /// named client "newsbot-web": no automatic redirects, no proxy, gzip/deflate/brotli, and every connection
    /// made through the SSRF guard.
    /// </summary>
    public static IServiceCollection AddWebFetcher(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebOptions>, WebOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISocketOpener, TcpSocketOpener>();
        services.TryAddSingleton<GuardedConnector>();
        services.AddHttpClient(HttpWebFetcher.ClientName, (sp, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan; // the fetcher's own TimeProvider-driven total time-out applies
                client.DefaultRequestHeaders.Remove("User-Agent"); // idempotent if AddWebFetcher runs twice
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", sp.GetRequiredService<IOptions<WebOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(CreateHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.TryAddSingleton<IWebFetcher, HttpWebFetcher>();
        return services;
    }

    private static SocketsHttpHandler CreateHandler(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<WebOptions>>().Value;
        var connector = sp.GetRequiredService<GuardedConnector>();
        return new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false, // a proxy would connect on our behalf and bypass the address check
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate | DecompressionMethods.Brotli,
            ConnectTimeout = options.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
            ConnectCallback = connector.ConnectAsync,
        };
    }
}
