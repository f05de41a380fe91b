using NewsBot.Fakes.Discord;
using NewsBot.Fakes.Telegram;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Host;

/// <summary>The whole host with tokens set: digests reach Discord and Telegram (fakes on loopback), commands are answered.</summary>
public class PlatformsEndToEndTests
{
    private const long TelegramGroup = -100200300;
    private const string DiscordChannel = "111222333444555666";

    [Fact]
    public async Task Digests_reach_discord_and_telegram_once_and_commands_are_answered()
    {
        await using var telegram = await FakeTelegramServer.StartAsync();
        telegram.AddChat(new FakeTelegramChat { Id = TelegramGroup, Type = FakeChatType.Supergroup, Title = "News group" });
        telegram.AddChat(new FakeTelegramChat { Id = 42, Type = FakeChatType.Private, Title = "reader" });
        await using var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 1000 });

        var root = TestHost.CopyConfig();
        var configPath = Path.Combine(root, "config", "newsbot.json");
        File.WriteAllText(configPath, File.ReadAllText(configPath)
            .Replace("\"channels\": [", $"\"channels\": [\n    {{ \"platform\": \"telegram\", \"id\": \"{TelegramGroup}\" }},\n    {{ \"platform\": \"discord\", \"id\": \"{DiscordChannel}\" }},", StringComparison.Ordinal)
            .Replace("\"subscriptions\": [", $"\"subscriptions\": [\n    {{ \"channel\": \"telegram:{TelegramGroup}\", \"topic\": \"syria\" }},\n    {{ \"channel\": \"discord:{DiscordChannel}\", \"topic\": \"syria\" }},", StringComparison.Ordinal));

        await using (var host = await TestHost.StartAsync(root, new Dictionary<string, string?>
        {
            ["Telegram:Token"] = telegram.Token,
            ["Telegram:BaseUrl"] = telegram.BaseUrl,
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Discord:Token"] = discord.Options.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:GatewayUrl"] = discord.GatewayUrl,
        }))
        {
            await telegram.WaitForMessagesAsync(4, TimeSpan.FromSeconds(30));
            await FakeDiscordServer.WaitUntilAsync(() => discord.Records.Messages.Count >= 4, "4 Discord posts", TimeSpan.FromSeconds(30));
            Assert.Equal(4, telegram.MessagesTo(TelegramGroup).Count);
            Assert.Contains(telegram.MessagesTo(TelegramGroup), m => m.Text.Contains("<blockquote>", StringComparison.Ordinal) && m.PlainText.Contains("Mira Haddad", StringComparison.Ordinal));
            Assert.All(discord.Records.Messages, m => Assert.Equal(DiscordChannel, m.ChannelId));
            Assert.All(discord.Records.Messages, m => Assert.NotNull(m.Nonce));

            // A command over Telegram goes through the real dispatcher and store.
            telegram.InjectMessage(42, 42, "/latest syria 2");
            await FakeDiscordServer.WaitUntilAsync(() => telegram.MessagesTo(42).Count >= 1, "reply to /latest", TimeSpan.FromSeconds(20));
            var reply = string.Join("\n", telegram.MessagesTo(42).Select(m => m.PlainText));
            Assert.Contains("Latest on Syria", reply);
        }
        Assert.Empty(telegram.TooManyRequests);
        Assert.Empty(discord.Records.RateLimitHits);
        Assert.Equal(4, discord.Records.Messages.Count);
    }
}
