namespace NewsBot.Core.Delivery;

/// <summary>Who gets a story: instant subscribers at once (one post per channel), roll-up subscribers later.</summary>
public static class DeliveryPlanner
{
    public static (List<InstantDelivery> Instant, List<RollupEntry> Rollups) Plan(
        IReadOnlyCollection<string> matchedTopics, IEnumerable<Subscription> subscriptions)
    {
        var instant = new List<InstantDelivery>();
        var rollups = new List<RollupEntry>();
        var channels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in subscriptions)
        {
            if (s.Paused || !matchedTopics.Contains(s.Topic))
                continue;
            if (s.Cadence.Kind == CadenceKind.Instant)
            {
                // A story matching two topics a channel follows is still one post there.
                if (channels.Add(s.Channel))
                    instant.Add(new InstantDelivery(s.Channel, s.ThreadId, s.Silent));
            }
            else
            {
                rollups.Add(new RollupEntry(s.Channel, s.Topic));
            }
        }
        return (instant, rollups);
    }
}
