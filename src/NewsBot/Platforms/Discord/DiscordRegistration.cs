using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Platforms.Discord.Gateway;
using NewsBot.Platforms.Discord.Interactions;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord;

public static class DiscordRegistration
{
    /// <summary>
    /// Adds Discord when Discord:Token is set (from the environment variable Discord__Token): the adapter as an
    /// IChatPlatform singleton and a hosted service running the gateway. Needs ICommandDispatcher, IChannelEvents,
    /// TimeProvider and logging from the host. Invalid settings stop the start with a message that never shows the token.
    /// </summary>
    public static IServiceCollection AddDiscordPlatform(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new DiscordOptions();
        configuration.GetSection(DiscordOptions.Section).Bind(options);
        options.Token = configuration[TokenKey]?.Trim() ?? "";
        if (options.Token.Length == 0)
            return services;
        if (TokenInSettingsFile(configuration))
            throw new InvalidOperationException("Discord:Token must come from the environment variable Discord__Token, not from a settings file; remove it from the file.");
        var problems = options.Validate();
        if (problems.Count > 0)
            throw new InvalidOperationException("Discord settings are invalid: " + string.Join(" ", problems));

        services.AddSingleton(options);
        services.AddSingleton(sp => new DiscordRestClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(30) },
            options, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.AddSingleton<DiscordChatPlatform>();
        services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<DiscordChatPlatform>());
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<DiscordEventRouter>();
        services.AddSingleton<GatewaySession>();
        services.AddSingleton<IGatewayDispatchHandler>(sp => sp.GetRequiredService<DiscordEventRouter>());
        services.AddSingleton<GatewayClient>();
        services.AddSingleton<InteractionHandler>();
        services.AddSingleton<DiscordGatewayService>();
        services.AddHostedService(sp => sp.GetRequiredService<DiscordGatewayService>());
        if (options.InteractionsPort > 0)
        {
            services.AddSingleton<InteractionsEndpoint>();
            services.AddHostedService(sp => sp.GetRequiredService<InteractionsEndpoint>());
        }
        return services;
    }

    private const string TokenKey = DiscordOptions.Section + ":Token";

    private static bool TokenInSettingsFile(IConfiguration configuration) =>
        configuration is IConfigurationRoot root
        && root.Providers.OfType<FileConfigurationProvider>().Any(p => p.TryGet(TokenKey, out var value) && !string.IsNullOrWhiteSpace(value));
}
