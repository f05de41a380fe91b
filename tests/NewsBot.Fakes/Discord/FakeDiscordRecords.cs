using System.Collections.Concurrent;
using System.Text.Json;

namespace NewsBot.Fakes.Discord;

/// <summary>A message the fake accepted (created or edited).</summary>
public sealed record FakeMessage(string ChannelId, string Id, JsonElement Body, string? Nonce, DateTimeOffset At);

/// <summary>A 429 the fake returned.</summary>
public sealed record FakeRateLimitHit(string Method, string Path, string Scope, DateTimeOffset At);

/// <summary>An interaction callback, webhook edit or follow-up; <see cref="Elapsed"/> counts from the interaction's dispatch.</summary>
public sealed record FakeInteractionAnswer(string Kind, string InteractionToken, JsonElement Body, TimeSpan? Elapsed, int Status);

/// <summary>Everything the fake saw, safe to read while it runs.</summary>
public sealed class FakeDiscordRecords
{
    public ConcurrentQueue<FakeMessage> Messages { get; } = new();
    public ConcurrentQueue<FakeMessage> Edits { get; } = new();
    public ConcurrentQueue<FakeRateLimitHit> RateLimitHits { get; } = new();
    public ConcurrentQueue<FakeInteractionAnswer> Answers { get; } = new();
    public ConcurrentQueue<(string Path, JsonElement Body)> CommandRegistrations { get; } = new();
    /// <summary>Message creates answered with an existing message because of the same nonce.</summary>
    public int NonceDuplicates => nonceDuplicates;
    public int Requests => requests;
    public ConcurrentQueue<string> UnauthorizedPaths { get; } = new();

    private int nonceDuplicates;
    private int requests;

    internal void CountRequest() => Interlocked.Increment(ref requests);

    internal void CountNonceDuplicate() => Interlocked.Increment(ref nonceDuplicates);
}
