using NewsBot.Core.Abstractions;
using NewsBot.Delivery;
using NewsBot.Tests.Delivery.Rigs;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Delivery;

/// <summary>
/// Stopping the host (what SIGTERM does) in the middle of a fan-out: posts in flight finish within the grace or are
/// cancelled, no row stays claimed, and the next start delivers the rest.
/// </summary>
public sealed class GracefulShutdownTests
{
    private const int Chats = 60;
    private const int Concurrency = 16;

    [Theory]
    [InlineData(5)]
    [InlineData(0)]
    public async Task Stop_mid_fanout_releases_every_claim_and_a_restart_delivers_the_rest(int graceSeconds)
    {
        using var files = new DeliveryRigFiles();
        var chats = Enumerable.Range(0, Chats).Select(FakePlatforms.TelegramChatId).ToList();
        await using var fakes = await FakePlatforms.StartAsync(chats);
        var settings = fakes.Settings(discord: false);
        settings["Console:Enabled"] = "false";
        settings["Delivery:Concurrency"] = Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Delivery:ShutdownGraceSeconds"] = graceSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await using (var host = await TestHost.StartAsync(files.Root, settings))
        {
            await RigStories.IngestAsync(host.Get<INewsStore>(), 1, chats.Select(c => $"telegram:{c}").ToList(), DateTimeOffset.UtcNow);
            host.Get<DeliveryWorker>().Nudge();
            await fakes.Telegram.WaitForMessagesAsync(5, TimeSpan.FromSeconds(30));
            Assert.Contains(await OutboxRows.ReadAsync(files.DatabaseFile), r => r.Status == "claimed");
        }

        var afterStop = await OutboxRows.ReadAsync(files.DatabaseFile);
        Assert.DoesNotContain(afterStop, r => r.Status == "claimed");
        Assert.Contains(afterStop, r => r.Status == "pending"); // it really stopped mid-fan-out
        var reached = fakes.Telegram.Messages.Select(m => m.ChatId).Distinct().Count();
        if (graceSeconds > 0)
            Assert.Equal(reached, afterStop.Count(r => r.Status == "delivered")); // what was sent was also recorded
        else
            Assert.InRange(afterStop.Count(r => r.Status == "delivered"), reached - Concurrency, reached);

        await using (var again = await TestHost.StartAsync(files.Root, settings))
            Assert.True(await OutboxRows.WaitAllDeliveredAsync(files.DatabaseFile, TimeSpan.FromSeconds(30)), "the restart did not deliver the rest");

        var messages = fakes.Telegram.Messages;
        Assert.Equal(chats.Order(), messages.Select(m => m.ChatId).Distinct().Order());
        if (graceSeconds > 0)
            Assert.Equal(Chats, messages.Count); // every started post finished: nothing sent twice
        else
            Assert.InRange(messages.Count, Chats, Chats + Concurrency); // a cancelled request the server had taken is sent again
    }
}
