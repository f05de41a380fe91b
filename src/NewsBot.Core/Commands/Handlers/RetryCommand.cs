namespace NewsBot.Core.Commands.Handlers;

public sealed class RetryCommand(IStatusSource status) : IBotCommand
{
    public CommandDescription Description => CommandCatalog.Retry;

    public async Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        var n = await status.RetryParkedAsync(request.ChannelKey, ct);
        return CommandReply.Say(n == 0 ? "Nothing is parked for this channel." : $"Queued {n} parked deliveries again.") with { Ephemeral = true };
    }
}
