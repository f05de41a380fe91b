using Microsoft.Extensions.Time.Testing;
using NewsBot.Platforms.Telegram;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

    private TelegramRateLimiter Limiter(int perSecond = 30, int perGroupMinute = 20) =>
        new(new TelegramOptions { MessagesPerSecond = perSecond, MessagesPerMinutePerGroup = perGroupMinute }, _time);

    private static async Task SettleAsync() => await Task.Delay(30);

    [Fact]
    public async Task A_chat_gets_one_message_per_second_counted_from_the_answer()
    {
        using var limiter = Limiter();
        var first = await limiter.WaitAsync(5, priority: false, default);
        var second = limiter.WaitAsync(5, priority: false, default);

        _time.Advance(TimeSpan.FromSeconds(3));
        await SettleAsync();
        Assert.False(second.IsCompleted);
        first.Dispose();
        _time.Advance(TimeSpan.FromMilliseconds(1000));
        await SettleAsync();
        Assert.False(second.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(30));

        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task The_total_per_second_is_shared_by_all_chats()
    {
        using var limiter = Limiter(perSecond: 3);
        for (var chat = 1; chat <= 3; chat++)
            (await limiter.WaitAsync(chat, priority: false, default)).Dispose();
        var fourth = limiter.WaitAsync(4, priority: false, default);

        await SettleAsync();
        Assert.False(fourth.IsCompleted);
        _time.Advance(TimeSpan.FromMilliseconds(1030));

        (await fourth.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task A_group_gets_at_most_its_messages_per_minute()
    {
        using var limiter = Limiter(perGroupMinute: 3);
        for (var i = 0; i < 3; i++)
        {
            (await limiter.WaitAsync(-10, priority: false, default)).Dispose();
            _time.Advance(TimeSpan.FromSeconds(2));
        }
        var fourth = limiter.WaitAsync(-10, priority: false, default);

        _time.Advance(TimeSpan.FromSeconds(50));
        await SettleAsync();
        Assert.False(fourth.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(5));

        (await fourth.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task Command_replies_go_before_queued_posts()
    {
        using var limiter = Limiter(perSecond: 1);
        (await limiter.WaitAsync(1, priority: false, default)).Dispose();
        var post = limiter.WaitAsync(2, priority: false, default);
        var reply = limiter.WaitAsync(3, priority: true, default);

        _time.Advance(TimeSpan.FromMilliseconds(1030));
        var firstDone = await Task.WhenAny(post, reply).WaitAsync(TimeSpan.FromSeconds(5));
        await SettleAsync();

        Assert.Same(reply, firstDone);
        Assert.False(post.IsCompleted);
        (await reply).Dispose();
    }

    [Fact]
    public async Task A_paused_chat_waits_for_retry_after_while_others_go_on()
    {
        using var limiter = Limiter();
        limiter.Pause(7, TimeSpan.FromSeconds(10));
        var paused = limiter.WaitAsync(7, priority: false, default);
        var other = await limiter.WaitAsync(8, priority: false, default).WaitAsync(TimeSpan.FromSeconds(5));
        other.Dispose();

        _time.Advance(TimeSpan.FromSeconds(9));
        await SettleAsync();
        Assert.False(paused.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1.1));

        (await paused.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_queue()
    {
        using var limiter = Limiter();
        var held = await limiter.WaitAsync(1, priority: false, default);
        using var cts = new CancellationTokenSource();
        var waiting = limiter.WaitAsync(1, priority: false, cts.Token);

        cts.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        held.Dispose();
    }
}
