using Microsoft.Extensions.Time.Testing;
using NewsBot.Platforms.Discord.Gateway;
using NewsBot.Platforms.Discord.RateLimits;

namespace NewsBot.Tests.Discord;

public class DiscordRateLimitTests
{
    [Fact]
    public async Task Gateway_send_budget_holds_the_116th_send_until_the_window_moves()
    {
        var time = new FakeTimeProvider();
        var sends = new SlidingWindowLimit(115, TimeSpan.FromSeconds(60), time);
        for (var i = 0; i < 115; i++)
            await sends.WaitAsync(CancellationToken.None);

        var next = sends.WaitAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, sends.Count); // the first 115 left the window

    }

    [Fact]
    public async Task Global_slot_is_held_while_in_flight_and_for_a_window_after_the_reply()
    {
        var time = new FakeTimeProvider();
        var global = new SlidingWindowLimit(2, TimeSpan.FromSeconds(1), time);
        var first = await global.AcquireAsync(CancellationToken.None);
        using var second = await global.AcquireAsync(CancellationToken.None);

        var third = global.AcquireAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(5));
        Assert.False(third.IsCompleted); // both still in flight
        first.Dispose();
        time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.False(third.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        (await third.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Global_429_pauses_every_request_for_retry_after()
    {
        var time = new FakeTimeProvider();
        var global = new SlidingWindowLimit(50, TimeSpan.FromSeconds(1), time);
        global.Pause(TimeSpan.FromSeconds(3));

        var next = global.AcquireAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(2.9));
        Assert.False(next.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(0.1));
        (await next.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Exhausted_bucket_waits_for_its_reset()
    {
        var time = new FakeTimeProvider();
        var bucket = new RateLimitBucket(time);
        bucket.Update(new RateLimitHeaders("messages", 5, 0, TimeSpan.FromSeconds(2), false, null, null));

        var enter = bucket.EnterAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(enter.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(2));
        (await enter.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Bucket_lets_one_request_through_at_a_time()
    {
        var bucket = new RateLimitBucket(new FakeTimeProvider());
        var first = await bucket.EnterAsync(CancellationToken.None);

        var second = bucket.EnterAsync(CancellationToken.None);
        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public void Invalid_requests_are_held_back_long_before_discords_ban_limit()
    {
        var time = new FakeTimeProvider();
        var guard = new InvalidRequestGuard(time, budget: 100);
        for (var i = 0; i < 500; i++)
            guard.Record(429, "shared"); // shared-scope 429s do not count toward the ban
        Assert.False(guard.Blocked(out _));

        for (var i = 0; i < 100; i++)
            guard.Record(i % 2 == 0 ? 403 : 429, "user");
        Assert.True(guard.Blocked(out _));
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.False(guard.Blocked(out _));
        Assert.Equal(550, guard.RateLimited);
    }

    [Fact]
    public void Reconnect_backoff_doubles_with_jitter_up_to_the_cap_and_resets()
    {
        var backoff = new ReconnectBackoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), new Random(7));

        var delays = Enumerable.Range(0, 10).Select(_ => backoff.Next().TotalSeconds).ToList();
        backoff.Reset();

        Assert.InRange(delays[0], 0.5, 1.0);
        Assert.InRange(delays[3], 4.0, 8.0);
        Assert.All(delays.Skip(7), d => Assert.InRange(d, 30.0, 60.0));
        Assert.InRange(backoff.Next().TotalSeconds, 0.5, 1.0);
    }

    [Theory]
    [InlineData(4004, ConnectionNext.Stop)]
    [InlineData(4010, ConnectionNext.Stop)]
    [InlineData(4014, ConnectionNext.Stop)]
    [InlineData(4007, ConnectionNext.NewSession)]
    [InlineData(4009, ConnectionNext.NewSession)]
    [InlineData(4000, ConnectionNext.Resume)]
    [InlineData(4008, ConnectionNext.Resume)]
    [InlineData(null, ConnectionNext.Resume)]
    internal void Close_codes_decide_the_next_connection(int? code, ConnectionNext next)
    {
        Assert.Equal(next, ConnectionEnd.FromClose(code).Next);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("""{"d":1}""")]
    [InlineData("""{"op":"ten"}""")]
    [InlineData("""{"op":1.5}""")]
    public void Unreadable_gateway_messages_are_null_not_exceptions(string text)
    {
        Assert.Null(GatewayPayload.Parse(System.Text.Encoding.UTF8.GetBytes(text)));
    }
}
