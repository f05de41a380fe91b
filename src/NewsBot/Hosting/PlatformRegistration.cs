using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Platforms.Console;
using NewsBot.Platforms.Discord;
using NewsBot.Platforms.Telegram;

namespace NewsBot.Hosting;

/// <summary>Which chat platforms run: Discord and Telegram when their tokens are set, the console otherwise (or when enabled).</summary>
public static class PlatformRegistration
{
    public static void AddChatPlatforms(IServiceCollection services, IConfiguration configuration, HostLaunch launch)
    {
        var hasTokens = !string.IsNullOrWhiteSpace(configuration["Discord:Token"]) || !string.IsNullOrWhiteSpace(configuration["Telegram:Token"]);
        var consoleEnabled = configuration.GetValue<bool?>($"{ConsoleOptions.Section}:Enabled") ?? !hasTokens;
        if (consoleEnabled)
        {
            services.AddSingleton(launch.Console ?? ConsoleStreams.Process());
            services.AddSingleton<ConsolePlatform>();
            services.AddSingleton<IChatPlatform>(sp => sp.GetRequiredService<ConsolePlatform>());
            services.AddHostedService(sp => sp.GetRequiredService<ConsolePlatform>());
        }
        services.AddTelegramPlatform(configuration);
        services.AddDiscordPlatform(configuration);
    }
}
