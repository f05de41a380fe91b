using NewsBot.Core.Digests;

namespace NewsBot.Core.Commands;

/// <summary>A command as every platform hands it over: neutral, already parsed into name and argument text.</summary>
public sealed record CommandRequest
{
    /// <summary>console, discord or telegram.</summary>
    public required string Platform { get; init; }
    public required string ChannelId { get; init; }
    /// <summary>Telegram forum topic id, kept with subscriptions made there.</summary>
    public string? ThreadId { get; init; }
    public required string UserId { get; init; }
    /// <summary>Decided by the platform: channel admin (Discord Manage Server/Channels, Telegram creator/administrator, console always).</summary>
    public bool IsAdmin { get; init; }
    /// <summary>Command name without the slash, lowercase.</summary>
    public required string Name { get; init; }
    /// <summary>Everything after the name, as typed.</summary>
    public string Arguments { get; init; } = "";

    public string ChannelKey => $"{Platform}:{ChannelId}";
}

/// <summary>What a command answers: text and/or digests. Ephemeral replies are shown only to the caller where the platform can.</summary>
public sealed record CommandReply
{
    public string? Text { get; init; }
    public IReadOnlyList<Digest> Digests { get; init; } = [];
    public bool Ephemeral { get; init; }
    public bool IsError { get; init; }

    public static CommandReply Say(string text) => new() { Text = text };
    public static CommandReply Error(string text) => new() { Text = text, IsError = true, Ephemeral = true };
}

public enum CommandOptionType { String, Integer }

/// <summary>One option of a command, enough to generate Discord registration and Telegram/console help.</summary>
public sealed record CommandOption(
    string Name,
    string Description,
    CommandOptionType Type = CommandOptionType.String,
    bool Required = false,
    int? MinValue = null,
    int? MaxValue = null,
    int? MaxLength = null,
    bool AutocompleteTopics = false,
    IReadOnlyList<string>? Choices = null);

/// <summary>A command described once: /help, the Discord registration and the Telegram menu are made from this.</summary>
public sealed record CommandDescription(
    string Name,
    string Description,
    IReadOnlyList<CommandOption> Options,
    bool AdminOnly = false)
{
    public string Usage => "/" + Name + string.Concat(Options.Select(o => o.Required ? $" <{o.Name}>" : $" [{o.Name}]"));
}

/// <summary>Answers commands for every platform.</summary>
public interface ICommandDispatcher
{
    IReadOnlyList<CommandDescription> Descriptions { get; }

    Task<CommandReply> DispatchAsync(CommandRequest request, CancellationToken ct);

    /// <summary>Topic names starting with (or containing) the typed prefix, at most 25: for autocomplete.</summary>
    IReadOnlyList<string> CompleteTopics(string prefix);
}
