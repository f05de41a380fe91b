using System.Globalization;
using System.Text;

namespace NewsBot.Core.Commands.Handlers;

public sealed class StatusCommand(IStatusSource status) : IBotCommand
{
    public CommandDescription Description => CommandCatalog.Status;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        var report = await status.GetStatusAsync(request.ChannelKey, ct);
        var sb = new StringBuilder();
        var failing = report.Feeds.Count(f => f.Failing);
        sb.Append("Feeds: ").Append(report.Feeds.Count).Append(", failing: ").Append(failing)
          .Append(". Stories stored: ").Append(report.StoredStories).Append('\n');
        foreach (var f in report.Feeds.OrderByDescending(f => f.Failing).ThenBy(f => f.FeedId, StringComparer.Ordinal).Take(20))
        {
            sb.Append(f.Failing ? "✗ " : "✓ ").Append(f.Name);
            if (f.LastSuccessAt is { } ok)
                sb.Append(" — last read ").Append(ok.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture));
            if (f.Failures > 0)
                sb.Append(" — ").Append(f.Failures).Append(" failures: ").Append(f.LastError);
            sb.Append('\n');
        }
        sb.Append("Deliveries waiting: ").Append(report.PendingDeliveries).Append(", parked: ").Append(report.ParkedDeliveries);
        foreach (var e in report.ParkedErrors.Take(5))
            sb.Append("\n  parked: ").Append(e);
        if (report.ParkedDeliveries > 0)
            sb.Append("\nUse /retry to send this channel's parked deliveries again.");
        return CommandReply.Say(sb.ToString()) with { Ephemeral = true };
    }
}
