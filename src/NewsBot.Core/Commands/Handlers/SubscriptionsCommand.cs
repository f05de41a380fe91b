using System.Text;
using NewsBot.Core.Delivery;

namespace NewsBot.Core.Commands.Handlers;

public sealed class SubscriptionsCommand(ISubscriptionService subscriptions) : IBotCommand
{
    public CommandDescription Description => CommandCatalog.Subscriptions;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        var list = await subscriptions.ForChannelAsync(request.ChannelKey, ct);
        if (list.Count == 0)
            return CommandReply.Say("This channel has no subscriptions. See /topics, then /subscribe <topic> (admins).");
        var sb = new StringBuilder("This channel follows:\n");
        foreach (var s in list.OrderBy(s => s.Topic, StringComparer.Ordinal))
        {
            sb.Append("• ").Append(s.Topic).Append(" — ").Append(s.Cadence);
            if (s.Cadence.Kind == CadenceKind.Daily) sb.Append(' ').Append(s.TimeZone ?? "UTC");
            if (s.Source == SubscriptionSource.Config) sb.Append(" (set in newsbot.json)");
            if (s.Paused) sb.Append(" (paused)");
            sb.Append('\n');
        }
        return CommandReply.Say(sb.ToString().TrimEnd());
    }
}
