using Microsoft.Extensions.Logging;

namespace NewsBot.Core.Commands;

/// <summary>
/// Answers a neutral command request for any platform: finds the command, enforces the admin rule and a per-user
/// rate limit, cleans arguments, and turns any failure into a short reply (never an exception, never a state change).
/// </summary>
public sealed class CommandDispatcher : ICommandDispatcher
{
    public const int MaxArgumentLength = 200;

    private readonly Dictionary<string, IBotCommand> _commands;
    private readonly ITopicCatalog _topics;
    private readonly UserRateLimiter _limiter;
    private readonly ILogger<CommandDispatcher> _logger;

    public CommandDispatcher(IEnumerable<IBotCommand> commands, ITopicCatalog topics, TimeProvider clock, ILogger<CommandDispatcher> logger)
    {
        _commands = commands.ToDictionary(c => c.Description.Name, StringComparer.Ordinal);
        _topics = topics;
        _limiter = new UserRateLimiter(clock, 5, TimeSpan.FromSeconds(10));
        _logger = logger;
        Descriptions = _commands.Values.Select(c => c.Description).OrderBy(d => d.AdminOnly).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<CommandDescription> Descriptions { get; }

    public async Task<CommandReply> DispatchAsync(CommandRequest request, CancellationToken ct)
    {
        if (!_limiter.TryAcquire(request.Platform + ":" + request.UserId))
            return CommandReply.Error("You're sending commands quickly — please wait a few seconds and try again.");
        if (!_commands.TryGetValue(request.Name, out var command))
            return CommandReply.Error($"Unknown command /{Clean(request.Name, 32)}. Try /help for the list.");
        var args = Clean(request.Arguments, int.MaxValue);
        if (args.Length > MaxArgumentLength)
            return CommandReply.Error($"That's too long: keep /{command.Description.Name} arguments under {MaxArgumentLength} characters.");
        if (command.Description.AdminOnly && !request.IsAdmin)
            return CommandReply.Error($"Only channel admins can use /{command.Description.Name}.");
        try
        {
            return await command.ExecuteAsync(request with { Arguments = args }, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Command {CommandName} failed in {Channel}", request.Name, request.ChannelKey);
            return CommandReply.Error("Sorry, something went wrong answering that. The admins can find the details in the log.");
        }
    }

    public IReadOnlyList<string> CompleteTopics(string prefix)
    {
        var p = prefix.Trim().ToLowerInvariant();
        return _topics.Topics.Select(t => t.Name)
            .Where(n => n.StartsWith(p, StringComparison.Ordinal))
            .Concat(_topics.Topics.Select(t => t.Name).Where(n => n.Contains(p, StringComparison.Ordinal)))
            .Distinct().Take(25).ToList();
    }

    /// <summary>Control characters become spaces, markup characters are dropped, runs of spaces fold.</summary>
    internal static string Clean(string text, int max)
    {
        var sb = new System.Text.StringBuilder(Math.Min(text.Length, 1024));
        foreach (var c in text)
        {
            if (sb.Length > MaxArgumentLength * 2 || sb.Length >= max) break;
            if (char.IsControl(c) || char.IsWhiteSpace(c)) { if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' '); }
            else if (c is '<' or '>' or '`' or '*' or '|' or '\\' or '[' or ']') continue;
            else sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
