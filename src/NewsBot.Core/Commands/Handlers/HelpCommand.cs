using System.Text;

namespace NewsBot.Core.Commands.Handlers;

public sealed class HelpCommand : IBotCommand
{
    public CommandDescription Description => CommandCatalog.Help;

    public Task<CommandReply> ExecuteAsync(CommandRequest request, CancellationToken ct)
    {
        var sb = new StringBuilder("NewsBot posts short digests of news stories — headline, summary and who said what — for the topics a channel follows.\n");
        foreach (var d in CommandCatalog.All.Where(d => !d.AdminOnly))
            sb.Append(d.Usage).Append(" — ").AppendLine(d.Description);
        sb.AppendLine(request.IsAdmin ? "For admins:" : "For channel admins:");
        foreach (var d in CommandCatalog.All.Where(d => d.AdminOnly))
            sb.Append(d.Usage).Append(" — ").AppendLine(d.Description);
        return Task.FromResult(CommandReply.Say(sb.ToString().TrimEnd()));
    }
}
