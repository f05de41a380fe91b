using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands;

namespace NewsBot.Tests.Discord;

/// <summary>A dispatcher whose answers the test scripts; it records every request it was given.</summary>
internal sealed class ScriptedDispatcher(Func<CommandRequest, Task<CommandReply>> answer) : ICommandDispatcher
{
    public ConcurrentQueue<CommandRequest> Requests { get; } = new();

    public IReadOnlyList<string> Topics { get; init; } = ["syria", "sudan", "sweden", "spain"];

    public IReadOnlyList<CommandDescription> Descriptions { get; init; } =
    [
        new("latest", "Latest stories for a topic", [
            new CommandOption("topic", "Topic name", Required: true, AutocompleteTopics: true),
            new CommandOption("count", "How many", CommandOptionType.Integer, MinValue: 1, MaxValue: 10)]),
        new("subscribe", "Subscribe this channel to a topic", [new CommandOption("topic", "Topic name", Required: true, AutocompleteTopics: true)], AdminOnly: true),
    ];

    public Task<CommandReply> DispatchAsync(CommandRequest request, CancellationToken ct)
    {
        Requests.Enqueue(request);
        return answer(request);
    }

    public IReadOnlyList<string> CompleteTopics(string prefix) =>
        Topics.Where(t => t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).Take(25).ToList();
}

/// <summary>Records what the adapter reports about channels.</summary>
internal sealed class RecordingChannelEvents : IChannelEvents
{
    public ConcurrentQueue<(string ChannelId, string Reason)> Gone { get; } = new();
    public ConcurrentQueue<(string ChannelId, string Reason)> Forbidden { get; } = new();

    public Task ChannelGoneAsync(string platform, string channelId, string reason, CancellationToken ct)
    {
        Gone.Enqueue((channelId, reason));
        return Task.CompletedTask;
    }

    public Task ChannelMovedAsync(string platform, string oldChannelId, string newChannelId, CancellationToken ct) => Task.CompletedTask;

    public Task ChannelForbiddenAsync(string platform, string channelId, string reason, CancellationToken ct)
    {
        Forbidden.Enqueue((channelId, reason));
        return Task.CompletedTask;
    }
}

/// <summary>Keeps log entries so tests can check what was logged (and that the token never was).</summary>
internal sealed class CapturingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                owner.Entries.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
