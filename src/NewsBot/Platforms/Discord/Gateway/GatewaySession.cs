namespace NewsBot.Platforms.Discord.Gateway;

/// <summary>What READY gave us and the last sequence number: enough to RESUME after a drop.</summary>
internal sealed class GatewaySession
{
    private long seq = -1;

    public string? SessionId { get; private set; }
    public string? ResumeUrl { get; private set; }
    /// <summary>Kept across new sessions: command registration and interaction follow-ups need it.</summary>
    public string? ApplicationId { get; private set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public long? Sequence
    {
        get
        {
            var v = Interlocked.Read(ref seq);
            return v < 0 ? null : v;
        }
    }

    public void Observe(long sequence)
    {
        long current;
        do
        {
            current = Interlocked.Read(ref seq);
            if (sequence <= current)
                return;
        }
        while (Interlocked.CompareExchange(ref seq, sequence, current) != current);
    }

    public void Start(string sessionId, string? resumeUrl, string? applicationId)
    {
        SessionId = sessionId;
        ResumeUrl = string.IsNullOrWhiteSpace(resumeUrl) ? null : resumeUrl;
        ApplicationId = applicationId ?? ApplicationId;
    }

    /// <summary>Forget the session (op 9 false, 4007, 4009): the next connection IDENTIFYs anew.</summary>
    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Interlocked.Exchange(ref seq, -1);
    }
}
