using NewsBot.Scheduling;

namespace NewsBot.Tests.Polling;

public class FeedSchedulePhaseTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 8, 3, 17, TimeSpan.Zero);

    [Fact]
    public void Start_times_of_1000_feeds_spread_over_the_interval()
    {
        var interval = TimeSpan.FromMinutes(10);
        var starts = Enumerable.Range(0, 1000).Select(i => FeedScheduler.NextPhase($"feed-{i}", interval, Now)).ToList();

        Assert.All(starts, s => Assert.InRange(s, Now.AddTicks(1), Now + interval));
        var perSecond = starts.GroupBy(s => s.ToUnixTimeSeconds()).Select(g => g.Count()).ToList();
        // 1000 feeds over 600 s average 1.7 a second: no second has more than a few, and most seconds have some.
        Assert.True(perSecond.Max() <= 6, $"busiest second has {perSecond.Max()} feeds");
        Assert.True(perSecond.Count >= 400, $"only {perSecond.Count} of 600 seconds have a start");
        var firstHalf = starts.Count(s => s < Now + interval / 2);
        Assert.InRange(firstHalf, 400, 600);
    }

    [Fact]
    public void A_feed_keeps_its_phase_from_one_interval_to_the_next()
    {
        var interval = TimeSpan.FromMinutes(15);
        var first = FeedScheduler.NextPhase("reuters-world", interval, Now);
        var next = FeedScheduler.NextPhase("reuters-world", interval, first);

        Assert.Equal(interval, next - first);
        Assert.Equal(first, FeedScheduler.NextPhase("reuters-world", interval, Now));
    }
}
