using NewsBot.Core.Delivery;

namespace NewsBot.Core.Commands.Handlers;

public sealed class SubscribeCommand(ITopicCatalog topics, ISubscriptionService subscriptions) : IBotCommand
{
    public CommandDescription Description => CommandCatalog.Subscribe;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        var parts = request.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
            return CommandReply.Error("Usage: /subscribe <topic> [instant|hourly|daily HH:MM]. See /topics for names.");
        var name = parts[0].ToLowerInvariant();
        var topic = topics.Topics.FirstOrDefault(t => t.Name == name);
        if (topic is null)
            return CommandReply.Error($"There is no topic '{name}'. {TopicSuggestions.Hint(topics, name)}");
        if (!Cadence.TryParse(parts.Length > 1 ? parts[1] : null, out var cadence, out var error))
            return CommandReply.Error("Sorry: " + error + ".");
        var existing = (await subscriptions.ForChannelAsync(request.ChannelKey, ct)).FirstOrDefault(s => s.Topic == name);
        if (existing?.Source == SubscriptionSource.Config)
            return CommandReply.Say($"This channel already gets {topic.Title} ({existing.Cadence}) through config/newsbot.json; edit the file to change it.") with { Ephemeral = true };
        await subscriptions.SubscribeAsync(new Subscription
        {
            Channel = request.ChannelKey, Topic = name, Cadence = cadence, ThreadId = request.ThreadId, Source = SubscriptionSource.Command,
        }, ct);
        var when = cadence.Kind switch
        {
            CadenceKind.Hourly => "as an hourly roll-up",
            CadenceKind.Daily => $"as a daily roll-up at {cadence.At:HH\\:mm}",
            _ => "as each story arrives",
        };
        var verb = existing is null ? "Subscribed" : "Updated";
        return CommandReply.Say($"{verb}: this channel gets {topic.Title} stories {when}.") with { Ephemeral = true };
    }
}
