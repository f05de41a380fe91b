namespace NewsBot.Platforms.Discord.Gateway;

/// <summary>How one gateway connection ended and what the next one should do.</summary>
internal sealed record ConnectionEnd(ConnectionNext Next, string Reason, int? CloseCode = null)
{
    public static ConnectionEnd Resume(string reason, int? code = null) => new(ConnectionNext.Resume, reason, code);

    public static ConnectionEnd NewSession(string reason, int? code = null) => new(ConnectionNext.NewSession, reason, code);

    public static ConnectionEnd Fatal(string reason, int code) => new(ConnectionNext.Stop, reason, code);

    public static ConnectionEnd FromClose(int? code) => code switch
    {
        null => Resume("connection dropped without a close code"),
        { } c when GatewayCloseCodes.IsFatal(c) => Fatal(GatewayCloseCodes.Describe(c), c),
        { } c when GatewayCloseCodes.NeedsNewSession(c) => NewSession(GatewayCloseCodes.Describe(c), c),
        { } c => Resume(GatewayCloseCodes.Describe(c), c),
    };
}

internal enum ConnectionNext { Resume, NewSession, Stop }
