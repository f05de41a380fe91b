using NewsBot.Core.Abstractions;
using NewsBot.Delivery;
using NewsBot.Fakes.Telegram;
using NewsBot.Tests.Delivery.Rigs;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>
/// The whole host against a Telegram that answers 502 or refuses connections for a while: the outbox rows are retried
/// with (short, configured) backoff, and once the platform is back every post arrives exactly once.
/// </summary>
public sealed class DeliveryOutageTests
{
    [Theory]
    [InlineData(FakeOutageKind.ServerError)]
    [InlineData(FakeOutageKind.DropConnection)]
    [InlineData(null)] // connections refused: the server is down
    public async Task Posts_during_an_outage_arrive_once_after_it(FakeOutageKind? kind)
    {
        using var files = new DeliveryRigFiles();
        var chats = Enumerable.Range(0, 6).Select(FakePlatforms.TelegramChatId).ToList();
        await using var fakes = await FakePlatforms.StartAsync(chats);
        var settings = fakes.Settings(discord: false);
        settings["Console:Enabled"] = "false";
        settings["Delivery:MaxBackoffSeconds"] = "1";
        await using var host = await TestHost.StartAsync(files.Root, settings);

        if (kind is { } k)
            fakes.Telegram.StartOutage(k);
        else
            await fakes.Telegram.RefuseConnectionsAsync();
        await RigStories.IngestAsync(host.Get<INewsStore>(), 2, chats.Select(c => $"telegram:{c}").ToList(), DateTimeOffset.UtcNow);
        host.Get<DeliveryWorker>().Nudge();

        // Each channel's first row fails, is put back with backoff and tried again while the outage lasts.
        await WaitUntilAsync(async () => (await OutboxRows.ReadAsync(files.DatabaseFile)).Where(r => r.Key.StartsWith("story:1:", StringComparison.Ordinal)).All(r => r.Attempts >= 3),
            "three attempts per first row during the outage");
        var during = await OutboxRows.ReadAsync(files.DatabaseFile);
        Assert.Empty(fakes.Telegram.Messages);
        Assert.All(during, r => Assert.NotEqual("delivered", r.Status));
        Assert.All(during.Where(r => r.Attempts > 0), r => Assert.False(string.IsNullOrEmpty(r.LastError)));

        if (kind is null)
            await fakes.Telegram.AcceptConnectionsAsync();
        else
            fakes.Telegram.EndOutage();
        Assert.True(await OutboxRows.WaitAllDeliveredAsync(files.DatabaseFile, TimeSpan.FromSeconds(30)), "not all delivered after the outage");

        var messages = fakes.Telegram.Messages;
        Assert.Equal(chats.Count * 2, messages.Count);
        foreach (var chat in chats)
        {
            var texts = messages.Where(m => m.ChatId == chat).Select(m => m.PlainText).ToList();
            Assert.Single(texts, t => t.Contains(RigStories.Headline(1), StringComparison.Ordinal));
            Assert.Single(texts, t => t.Contains(RigStories.Headline(2), StringComparison.Ordinal));
            Assert.True(texts.FindIndex(t => t.Contains(RigStories.Headline(1), StringComparison.Ordinal))
                        < texts.FindIndex(t => t.Contains(RigStories.Headline(2), StringComparison.Ordinal)), "stories out of order in a chat");
        }
        // Backoff, not a hot loop: a second or so between attempts of one row, so a few attempts in all.
        Assert.All(await OutboxRows.ReadAsync(files.DatabaseFile), r => Assert.InRange(r.Attempts, 1, 15));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("timed out waiting for " + what);
            await Task.Delay(50);
        }
    }
}
