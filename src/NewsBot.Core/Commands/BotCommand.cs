namespace NewsBot.Core.Commands;

/// <summary>One command: its description (for help and registration) and how it answers.</summary>
public interface IBotCommand
{
    CommandDescription Description { get; }

    Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct);
}
