using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace NewsBot.Hosting;

/// <summary>Wraps a logger provider so secrets never reach it: messages, structured values and exceptions are redacted.</summary>
public sealed class RedactingLoggerProvider(ILoggerProvider inner, SecretRedactor redactor) : ILoggerProvider, ISupportExternalScope
{
    /// <summary>Wraps every logger provider registered so far (call last, after all logging is configured).</summary>
    public static void WrapAll(IServiceCollection services, SecretRedactor redactor)
    {
        if (redactor.IsEmpty)
            return;
        for (var i = 0; i < services.Count; i++)
        {
            var d = services[i];
            if (d.ServiceType != typeof(ILoggerProvider) || d.IsKeyedService)
                continue;
            services[i] = ServiceDescriptor.Singleton<ILoggerProvider>(sp => new RedactingLoggerProvider(Create(sp, d), redactor));
        }
    }

    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName), redactor);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider)
    {
        if (inner is ISupportExternalScope s)
            s.SetScopeProvider(scopeProvider);
    }

    public void Dispose() => inner.Dispose();

    private static ILoggerProvider Create(IServiceProvider sp, ServiceDescriptor d) =>
        d.ImplementationInstance as ILoggerProvider
        ?? d.ImplementationFactory?.Invoke(sp) as ILoggerProvider
        ?? (ILoggerProvider)ActivatorUtilities.GetServiceOrCreateInstance(sp, d.ImplementationType!);

    private sealed class RedactingLogger(ILogger inner, SecretRedactor redactor) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = redactor.Redact(formatter(state, exception));
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value is null or int or long or double or bool ? p.Value : redactor.Redact(Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? ""))).ToList()
                : [];
            var redacted = exception is null ? null : RedactedException.Wrap(exception, redactor);
            inner.Log(logLevel, eventId, new RedactedState(message, values), redacted, static (s, _) => s.Message);
        }
    }

    private sealed class RedactedState(string message, IReadOnlyList<KeyValuePair<string, object?>> values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public string Message => message;
        public int Count => values.Count;
        public KeyValuePair<string, object?> this[int index] => values[index];
        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => values.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        public override string ToString() => message;
    }
}

/// <summary>Stands in for a logged exception: same type name and stack, message and text with secrets masked.</summary>
public sealed class RedactedException : Exception
{
    private readonly string text;

    private RedactedException(string message, string text, string typeName) : base(message)
    {
        this.text = text;
        OriginalType = typeName;
    }

    public string OriginalType { get; }

    public static Exception Wrap(Exception exception, SecretRedactor redactor)
    {
        var full = exception.ToString();
        var clean = redactor.Redact(full);
        var message = redactor.Redact(exception.Message);
        return clean == full && message == exception.Message ? exception : new RedactedException(message, clean, exception.GetType().FullName ?? "Exception");
    }

    public override string ToString() => text;
}
