using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Abstractions;

namespace NewsBot.Hosting;

/// <summary>Placeholder until the polite fetcher lands: refuses web fetches with a clear error (file feeds work).</summary>
public static class WebFetcherRegistration
{
    public static void AddFetcher(IServiceCollection services) => services.AddSingleton<IWebFetcher, NoWebFetcher>();

    private sealed class NoWebFetcher : IWebFetcher
    {
        public Task<FetchResult> FetchAsync(FetchRequest request, CancellationToken ct) =>
            Task.FromResult(new FetchResult { Status = FetchStatus.Refused, Error = "web fetching is not enabled in this build" });
    }
}
