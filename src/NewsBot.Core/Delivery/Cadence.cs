using System.Globalization;

namespace NewsBot.Core.Delivery;

public enum CadenceKind { Instant, Hourly, Daily }

/// <summary>How often a subscription posts: each story at once, or an hourly / daily roll-up.</summary>
public sealed record Cadence(CadenceKind Kind, TimeOnly? At = null)
{
    public static Cadence Instant { get; } = new(CadenceKind.Instant);

    /// <summary>"instant", "hourly" or "daily HH:MM".</summary>
    public static bool TryParse(string? text, out Cadence cadence, out string? error)
    {
        cadence = Instant;
        error = null;
        var parts = (text ?? "instant").Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts)
        {
            case [] or ["instant"]:
                return true;
            case ["hourly"]:
                cadence = new Cadence(CadenceKind.Hourly);
                return true;
            case ["daily"]:
                cadence = new Cadence(CadenceKind.Daily, new TimeOnly(8, 0));
                return true;
            case ["daily", var hhmm] when TimeOnly.TryParseExact(hhmm, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at):
                cadence = new Cadence(CadenceKind.Daily, at);
                return true;
            default:
                error = "cadence must be 'instant', 'hourly' or 'daily HH:MM' (24-hour time, e.g. 'daily 08:30')";
                return false;
        }
    }

    /// <summary>The Quartz cron expression of a roll-up (null for instant).</summary>
    public string? CronExpression => Kind switch
    {
        CadenceKind.Hourly => "0 0 * * * ?",
        CadenceKind.Daily => $"0 {At!.Value.Minute} {At.Value.Hour} * * ?",
        _ => null,
    };

    public override string ToString() => Kind switch
    {
        CadenceKind.Hourly => "hourly",
        CadenceKind.Daily => "daily " + At!.Value.ToString("HH:mm", CultureInfo.InvariantCulture),
        _ => "instant",
    };
}
