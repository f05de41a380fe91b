namespace NewsBot.Core.Commands;

/// <summary>Every command described once: /help, Discord registration and the Telegram menu are made from these.</summary>
public static class CommandCatalog
{
    public static readonly CommandDescription Latest = new("latest", "Newest stories on a topic, or a search over stored stories",
        [
            new CommandOption("query", "A topic name (e.g. syria) or any words to search for", Required: true, MaxLength: CommandDispatcher.MaxArgumentLength, AutocompleteTopics: true),
            new CommandOption("count", "How many stories (1-10, default 3)", CommandOptionType.Integer, MinValue: 1, MaxValue: 10),
        ]);

    public static readonly CommandDescription Topics = new("topics", "The topics this bot follows, and which ones this channel gets", []);

    public static readonly CommandDescription Help = new("help", "What this bot does and its commands", []);

    public static readonly CommandDescription Subscriptions = new("subscriptions", "The topics this channel is subscribed to", []);

    public static readonly CommandDescription Subscribe = new("subscribe", "Post a topic's stories in this channel (admins)",
        [
            new CommandOption("topic", "Topic name, see /topics", Required: true, MaxLength: 32, AutocompleteTopics: true),
            new CommandOption("cadence", "instant (default), hourly, or daily HH:MM", MaxLength: 16),
        ], AdminOnly: true);

    public static readonly CommandDescription Unsubscribe = new("unsubscribe", "Stop posting a topic in this channel (admins)",
        [new CommandOption("topic", "Topic name", Required: true, MaxLength: 32, AutocompleteTopics: true)], AdminOnly: true);

    public static readonly CommandDescription Status = new("status", "Feed health and delivery queue (admins)", [], AdminOnly: true);

    public static readonly CommandDescription Retry = new("retry", "Retry this channel's parked deliveries (admins)", [], AdminOnly: true);

    public static IReadOnlyList<CommandDescription> All { get; } = [Latest, Topics, Subscriptions, Help, Subscribe, Unsubscribe, Status, Retry];
}
