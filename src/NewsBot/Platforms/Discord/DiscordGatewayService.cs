using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Platforms.Discord.Gateway;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord;

/// <summary>Runs the gateway for the host's lifetime: finds the gateway url (GET /gateway/bot unless configured) and connects.</summary>
internal sealed class DiscordGatewayService(
    DiscordOptions options,
    DiscordRestClient rest,
    GatewayClient gateway,
    DiscordEventRouter router,
    TimeProvider time,
    ILogger<DiscordGatewayService> logger) : BackgroundService
{
    private static readonly TimeSpan RetryUrlAfter = TimeSpan.FromSeconds(30);

    /// <summary>The fatal close code the gateway stopped with, if any.</summary>
    public int? StoppedWithCode { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var url = await GatewayUrlAsync(stoppingToken).ConfigureAwait(false);
        if (url is null)
            return;
        StoppedWithCode = await gateway.RunAsync(url, stoppingToken).ConfigureAwait(false);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        await router.DrainAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<string?> GatewayUrlAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(options.GatewayUrl))
            return options.GatewayUrl;
        while (!ct.IsCancellationRequested)
        {
            var result = await rest.SendAsync(DiscordRoute.GatewayBot(), null, ct).ConfigureAwait(false);
            if (result.Ok && result.Body?.String("url") is { } url)
                return url;
            if (result.Failure is DiscordFailure.Unauthorized)
                return null;
            logger.LogWarning("GET /gateway/bot failed ({Error}); retrying in {RetryAfterSeconds} s", result.Describe(), RetryUrlAfter.TotalSeconds);
            await Task.Delay(result.RetryAfter ?? RetryUrlAfter, time, ct).ConfigureAwait(false);
        }
        return null;
    }
}
