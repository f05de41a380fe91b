namespace NewsBot.Platforms.Discord.Gateway;

/// <summary>What the gateway's close codes mean for the next connection (topics/opcodes-and-status-codes.mdx).</summary>
internal static class GatewayCloseCodes
{
    /// <summary>The code this client closes with when it wants to resume (anything but 1000/1001 keeps the session).</summary>
    public const int Reconnecting = 4000;

    public static bool IsFatal(int code) => code is 4004 or (>= 4010 and <= 4014);

    public static bool NeedsNewSession(int code) => code is 4007 or 4009;

    public static string Describe(int code) => code switch
    {
        4004 => "authentication failed: the bot token is wrong",
        4010 => "invalid shard",
        4011 => "sharding required",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: a privileged intent is not enabled for this application",
        4007 => "invalid seq on resume",
        4009 => "session timed out",
        4008 => "rate limited: too many gateway sends",
        _ => "close code " + code,
    };
}
