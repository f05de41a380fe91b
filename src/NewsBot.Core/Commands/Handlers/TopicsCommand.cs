using System.Text;

namespace NewsBot.Core.Commands.Handlers;

public sealed class TopicsCommand(ITopicCatalog topics, ISubscriptionService subscriptions) : IBotCommand
{
    public CommandDescription Description => CommandCatalog.Topics;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        if (topics.Topics.Count == 0)
            return CommandReply.Say("No topics are configured yet. An admin adds them in config/newsbot.json.");
        var followed = (await subscriptions.ForChannelAsync(request.ChannelKey, ct)).Select(s => s.Topic).ToHashSet();
        var sb = new StringBuilder("Topics:\n");
        foreach (var t in topics.Topics.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            sb.Append("• ").Append(t.Name);
            if (t.DisplayName is not null && !t.DisplayName.Equals(t.Name, StringComparison.OrdinalIgnoreCase))
                sb.Append(" (").Append(t.DisplayName).Append(')');
            sb.Append(" — ").Append(string.Join(", ", t.Keywords.Take(6)));
            if (t.Keywords.Count > 6) sb.Append(", …");
            if (followed.Contains(t.Name)) sb.Append(" ✓ subscribed here");
            sb.Append('\n');
        }
        sb.Append("Use /latest <topic> to read, /subscribe <topic> to follow (admins).");
        return CommandReply.Say(sb.ToString());
    }
}
