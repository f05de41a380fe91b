using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Delivery;
using NewsBot.Delivery;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

public class RollupTests
{
    [Fact]
    public async Task Hourly_and_daily_rollups_fire_on_their_cron_time_and_not_when_nothing_is_new()
    {
        var f = await CommandFixture.CreateAsync();
        var clock = f.Clock; // 2026-11-30 12:00 UTC
        await f.Store.UpsertSubscriptionAsync(new Subscription { Channel = "console:main", Topic = "weather", Cadence = new Cadence(CadenceKind.Hourly) }, default);
        await f.Store.UpsertSubscriptionAsync(new Subscription
        {
            Channel = "console:main", Topic = "transport", Cadence = new Cadence(CadenceKind.Daily, new TimeOnly(8, 30)), TimeZone = "Europe/Berlin",
        }, default);
        var runner = new RollupRunner(new SubscriptionDirectory(f.Config, f.Store), f.Store, f.Config,
            new StaticOptions<DeliveryOptions>(new DeliveryOptions()), clock, NullLogger<RollupRunner>.Instance);

        Assert.Equal(0, await runner.RunDueAsync(default)); // first sight: start counting
        async Task AddAsync(string id, string topic) =>
            await f.Store.IngestAsync(StoreFixture.Story("f", id, $"{topic} {id}", clock.GetUtcNow(), topics: [topic]), [],
                [new RollupEntry("console:main", topic)], clock.GetUtcNow(), default);
        await AddAsync("w1", "weather");
        await AddAsync("w2", "weather");
        await AddAsync("t1", "transport");

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await runner.RunDueAsync(default)); // 12:59
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await runner.RunDueAsync(default)); // 13:00: the hourly roll-up
        var rollup = Assert.Single(await f.Store.ClaimAsync("w", clock.GetUtcNow(), 10, TimeSpan.FromMinutes(1), default));
        Assert.Equal(OutboxKind.Rollup, rollup.Kind);
        Assert.Equal(2, rollup.StoryIds.Count);
        Assert.Equal("Weather: the past hour", rollup.Heading);
        await f.Store.MarkDeliveredAsync(rollup.Id, "m", clock.GetUtcNow(), default);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await runner.RunDueAsync(default)); // 14:00, nothing new: nothing posted

        // Daily at 08:30 Berlin = 07:30 UTC in winter.
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 7, 29, 0, TimeSpan.Zero));
        Assert.Equal(0, await runner.RunDueAsync(default));
        clock.SetUtcNow(new DateTimeOffset(2026, 12, 1, 7, 30, 0, TimeSpan.Zero));
        Assert.Equal(1, await runner.RunDueAsync(default));
        var daily = Assert.Single(await f.Store.ClaimAsync("w", clock.GetUtcNow(), 10, TimeSpan.FromMinutes(1), default));
        Assert.Equal("Transport: your daily roll-up", daily.Heading);
    }

    [Fact]
    public void Next_run_uses_the_channels_time_zone()
    {
        var s = new Subscription { Channel = "c:1", Topic = "t", Cadence = new Cadence(CadenceKind.Daily, new TimeOnly(8, 0)), TimeZone = "America/New_York" };
        var next = RollupRunner.NextRun(s, new DateTimeOffset(2026, 11, 30, 0, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 13, 0, 0, TimeSpan.Zero), next);
    }
}

/// <summary>IOptionsMonitor over a fixed value.</summary>
public sealed class StaticOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;
    public T Get(string? name) => value;
    public IDisposable? OnChange(Action<T, string?> listener) => null;
}
