using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using Telegram.Bot;

namespace NewsBot.Platforms.Telegram;

/// <summary>What receiving needs first: the right update mode on the server, the bot's username, the command menu.</summary>
public sealed class TelegramStartup(
    ITelegramBotClient bot,
    TelegramOptions options,
    TelegramBotIdentity identity,
    ICommandDispatcher dispatcher,
    ILogger<TelegramStartup> logger)
{
    public async Task RunAsync(bool webhook, CancellationToken ct)
    {
        if (webhook)
            await bot.SetWebhook(url: options.WebhookUrl!, secretToken: options.WebhookSecret,
                allowedUpdates: TelegramPollingService.AllowedUpdates, cancellationToken: ct);
        else
            await bot.DeleteWebhook(dropPendingUpdates: false, cancellationToken: ct);
        var me = await bot.GetMe(ct);
        identity.Username = me.Username;
        logger.LogInformation("Telegram bot @{BotUsername} receiving updates by {Mode}", me.Username, webhook ? "webhook" : "polling");
        try
        {
            await TelegramCommandMenu.PublishAsync(bot, dispatcher.Descriptions, logger, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Telegram command menu could not be published; commands still work when typed");
        }
    }
}
