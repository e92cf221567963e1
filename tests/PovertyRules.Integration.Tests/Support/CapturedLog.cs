using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PovertyRules.Integration.Tests.Support;

/// <summary>A logger provider that keeps every line logged, with its level and its structured values.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    public ConcurrentQueue<Entry> Entries { get; } = new();

    public string Text => string.Join("\n", Entries.Select(e => $"{e.Level}: {e.Message} | {string.Join(", ", e.Values.Select(v => $"{v.Key}={v.Value}"))}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    internal sealed record Entry(string Category, LogLevel Level, EventId Event, string Message, IReadOnlyList<KeyValuePair<string, object?>> Values);

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
            log.Entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception) + (exception is null ? string.Empty : " " + exception), values));
        }
    }
}
