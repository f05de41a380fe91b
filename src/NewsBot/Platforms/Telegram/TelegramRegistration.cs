using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using Telegram.Bot;

namespace NewsBot.Platforms.Telegram;

public static class TelegramRegistration
{
    /// <summary>
    /// Registers the Telegram adapter (IChatPlatform) and the service that receives updates, or nothing when
    /// Telegram:Token is empty. Throws with every bad key named (never the token) when the options are invalid.
    /// The host registers ICommandDispatcher, IChannelEvents, TimeProvider and logging.
    /// </summary>
    public static IServiceCollection AddTelegramPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var options = TelegramOptions.Bind(configuration);
        if (options.Token.Length == 0)
            return services;
        var errors = options.Validate().ToList();
        if (TokenFromFile(configuration))
            errors.Insert(0, "Telegram:Token must come from the environment variable Telegram__Token, not from a configuration file.");
        if (errors.Count > 0)
            throw new InvalidOperationException("Telegram options are invalid:\n  " + string.Join("\n  ", errors));

        services.AddSingleton(options);
        services.AddSingleton<ITelegramBotClient>(_ => CreateClient(options));
        services.AddSingleton<TelegramRateLimiter>();
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<TelegramPostLedger>();
        services.AddSingleton<TelegramPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<TelegramPlatform>());
        services.AddSingleton<TelegramBotIdentity>();
        services.AddSingleton<TelegramAdminCheck>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddSingleton<TelegramStartup>();
        if (options.IsWebhook)
        {
            services.AddSingleton<TelegramWebhookService>();
            services.AddHostedService(sp => sp.GetRequiredService<TelegramWebhookService>());
        }
        else
        {
            services.AddHostedService<TelegramPollingService>();
        }
        return services;
    }

    /// <summary>Retries on 429 are ours (the shared limiter), so the library's own are off.</summary>
    public static TelegramBotClient CreateClient(TelegramOptions options) =>
        new(new TelegramBotClientOptions(options.Token, string.IsNullOrWhiteSpace(options.BaseUrl) ? null : options.BaseUrl)
        {
            RetryThreshold = 0,
        });

    private static bool TokenFromFile(IConfiguration configuration) =>
        configuration is IConfigurationRoot root
        && root.Providers.OfType<FileConfigurationProvider>().Any(p => p.TryGet("Telegram:Token", out var v) && !string.IsNullOrEmpty(v));
}
