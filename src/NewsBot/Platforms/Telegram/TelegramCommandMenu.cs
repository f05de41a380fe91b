using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NewsBot.Platforms.Telegram;

/// <summary>
/// Publishes the command menu: everyone's commands in the default scope; admin-only commands as well in the
/// all_chat_administrators and all_private_chats scopes (a private chat is its own admin).
/// </summary>
public static class TelegramCommandMenu
{
    public static async Task PublishAsync(ITelegramBotClient bot, IReadOnlyList<CommandDescription> descriptions, ILogger logger, CancellationToken ct)
    {
        var valid = descriptions.Where(d => IsValidName(d.Name)).ToList();
        foreach (var skipped in descriptions.Except(valid))
            logger.LogWarning("Command {Command} cannot be listed in the Telegram menu (1-32 of a-z 0-9 _)", skipped.Name);
        var everyone = valid.Where(d => !d.AdminOnly).Select(ToBotCommand).ToList();
        var all = valid.Select(ToBotCommand).Take(100).ToList();
        await bot.SetMyCommands(commands: everyone.Take(100), scope: BotCommandScope.Default(), cancellationToken: ct);
        await bot.SetMyCommands(commands: all, scope: BotCommandScope.AllChatAdministrators(), cancellationToken: ct);
        await bot.SetMyCommands(commands: all, scope: BotCommandScope.AllPrivateChats(), cancellationToken: ct);
    }

    private static BotCommand ToBotCommand(CommandDescription d)
    {
        var description = string.IsNullOrWhiteSpace(d.Description) ? d.Usage : d.Description.Trim();
        return new BotCommand { Command = d.Name, Description = description.Length > 256 ? description[..256] : description };
    }

    private static bool IsValidName(string name) =>
        name.Length is >= 1 and <= 32 && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_');
}
