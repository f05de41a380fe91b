using System.Globalization;
using NewsBot.Fakes.Discord;
using NewsBot.Fakes.Telegram;

namespace NewsBot.Tests.Delivery.Rigs;

/// <summary>Fake Discord and Telegram on loopback with their real limits on, and the settings that point a host at them.</summary>
public sealed class FakePlatforms : IAsyncDisposable
{
    private FakePlatforms(FakeDiscordServer discord, FakeTelegramServer telegram)
    {
        Discord = discord;
        Telegram = telegram;
    }

    public FakeDiscordServer Discord { get; }
    public FakeTelegramServer Telegram { get; }

    /// <summary>Starts both fakes; every Telegram chat id given is added (negative ids as supergroups, others private).</summary>
    public static async Task<FakePlatforms> StartAsync(IEnumerable<long> telegramChats)
    {
        var discord = await FakeDiscordServer.StartAsync(new FakeDiscordOptions { HeartbeatIntervalMs = 5000 });
        var telegram = await FakeTelegramServer.StartAsync();
        foreach (var id in telegramChats)
            telegram.AddChat(id < 0 ? FakeTelegramChat.Supergroup(id) : FakeTelegramChat.Private(id));
        return new FakePlatforms(discord, telegram);
    }

    /// <summary>Host settings (Section:Key) for the platforms asked for.</summary>
    public Dictionary<string, string?> Settings(bool discord = true, bool telegram = true)
    {
        var settings = new Dictionary<string, string?>();
        if (discord)
        {
            settings["Discord:Token"] = Discord.Options.Token;
            settings["Discord:ApiBaseUrl"] = Discord.ApiBaseUrl;
            settings["Discord:GatewayUrl"] = Discord.GatewayUrl;
        }
        if (telegram)
        {
            settings["Telegram:Token"] = Telegram.Token;
            settings["Telegram:BaseUrl"] = Telegram.BaseUrl;
            settings["Telegram:PollTimeoutSeconds"] = "1";
        }
        return settings;
    }

    public static string DiscordChannelId(int i) => (1_000_000_000_000_000_000UL + (ulong)i).ToString(CultureInfo.InvariantCulture);

    /// <summary>Half private chats, half supergroups, so both kinds of limit apply.</summary>
    public static long TelegramChatId(int i) => i % 2 == 0 ? 10_000 + i : -1_000_000_000_000L - i;

    public async ValueTask DisposeAsync()
    {
        await Discord.DisposeAsync();
        await Telegram.DisposeAsync();
    }
}
