using NewsBot.Core.Delivery;

namespace NewsBot.Core.Commands.Handlers;

public sealed class UnsubscribeCommand(ITopicCatalog topics, ISubscriptionService subscriptions) : IBotCommand
{
    public CommandDescription Description => CommandCatalog.Unsubscribe;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        var parts = request.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 1)
            return CommandReply.Error("Usage: /unsubscribe <topic>. See /subscriptions for this channel's topics.");
        var name = parts[0].ToLowerInvariant();
        var existing = (await subscriptions.ForChannelAsync(request.ChannelKey, ct)).FirstOrDefault(s => s.Topic == name);
        if (existing is null)
            return CommandReply.Error($"This channel is not subscribed to '{name}'. {TopicSuggestions.Hint(topics, name)}");
        if (existing.Source == SubscriptionSource.Config)
            return CommandReply.Error($"The {name} subscription is set in config/newsbot.json; an admin removes it by editing that file.");
        await subscriptions.UnsubscribeAsync(request.ChannelKey, name, ct);
        return CommandReply.Say($"Unsubscribed: no more {name} stories here.") with { Ephemeral = true };
    }
}
