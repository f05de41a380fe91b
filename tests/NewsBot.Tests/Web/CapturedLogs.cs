using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsBot.Tests.Web;

/// <summary>Keeps every log entry's category, level and structured properties for assertions.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, IReadOnlyDictionary<string, object?> Properties)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            owner.Entries.Enqueue((category, logLevel, properties.ToDictionary(p => p.Key, p => p.Value)));
        }
    }
}
