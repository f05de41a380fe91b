using NewsBot.Core.Commands;

namespace NewsBot.Observability;

/// <summary>Times every command for the newsbot_command_seconds metric.</summary>
public sealed class MeteredDispatcher(CommandDispatcher inner, NewsBotMetrics metrics, TimeProvider clock) : ICommandDispatcher
{
    public IReadOnlyList<CommandDescription> Descriptions => inner.Descriptions;

    public async Task<CommandReply> DispatchAsync(CommandRequest request, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        try
        {
            return await inner.DispatchAsync(request, ct);
        }
        finally
        {
            metrics.CommandLatency.Record(clock.GetElapsedTime(started).TotalSeconds);
        }
    }

    public IReadOnlyList<string> CompleteTopics(string prefix) => inner.CompleteTopics(prefix);
}
