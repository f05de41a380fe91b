using System.ComponentModel.DataAnnotations;

namespace NewsBot.Configuration;

/// <summary>Section "Polling": how feeds are polled.</summary>
public sealed class PollingOptions
{
    public const string Section = "Polling";

    [Range(1, 1440)] public int DefaultIntervalMinutes { get; set; } = 10;
    /// <summary>Items of a newly added feed posted on its first poll (the rest are only recorded).</summary>
    [Range(0, 1000)] public int FirstPollPostNewest { get; set; }
    /// <summary>Failures in a row before a feed is marked failing and the admin channel told.</summary>
    [Range(1, 100)] public int FailuresBeforeAlert { get; set; } = 5;
    [Range(1, 1440)] public int MaxBackoffMinutes { get; set; } = 1440;
    /// <summary>A feed item with fewer words than this is a teaser: the article page is fetched for the text.</summary>
    [Range(0, 10000)] public int TeaserWords { get; set; } = 80;
    public bool FetchArticles { get; set; } = true;
    [Range(1, 3650)] public int RetentionDays { get; set; } = 90;
    /// <summary>Feeds due at start are polled within this many seconds (spread by feed id, so many feeds do not fire at once).</summary>
    [Range(0, 3600)] public int FirstPollSpreadSeconds { get; set; } = 5;
}

/// <summary>Section "Delivery": the outbox worker.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    [Range(1, 256)] public int Concurrency { get; set; } = 16;
    [Range(1, 1000)] public int MaxAttemptsBeforePark { get; set; } = 12;
    [Range(1, 3600)] public int PollIntervalMilliseconds { get; set; } = 500;
    [Range(1, 3600)] public int LeaseSeconds { get; set; } = 120;
    [Range(1, 100)] public int RollupMaxStories { get; set; } = 10;
    /// <summary>Cap of the exponential retry backoff of a failing delivery.</summary>
    [Range(1, 86400)] public int MaxBackoffSeconds { get; set; } = 3600;
    /// <summary>On shutdown, how long posts already started may finish before they are cancelled and released.</summary>
    [Range(0, 60)] public int ShutdownGraceSeconds { get; set; } = 5;
    /// <summary>Delivered outbox rows older than this many days are removed by the retention job.</summary>
    [Range(1, 3650)] public int RetentionDays { get; set; } = 30;
}

/// <summary>Section "Console": the console channel (stdout/stdin).</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>On by default when no Discord or Telegram token is set.</summary>
    public bool? Enabled { get; set; }
    /// <summary>The console channel's id ("console:" + this in newsbot.json).</summary>
    public string ChannelId { get; set; } = "main";
}
