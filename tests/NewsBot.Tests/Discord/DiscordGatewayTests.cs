using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Fakes.Discord;

namespace NewsBot.Tests.Discord;

public class DiscordGatewayTests
{
    private const string GuildId = "700000000000000001";
    private static readonly string[] GuildChannels = ["710000000000000001", "710000000000000002"];

    private static FakeDiscordOptions Options(int heartbeatMs = 45_000) => new()
    {
        HeartbeatIntervalMs = heartbeatMs,
        Guilds = new Dictionary<string, IReadOnlyList<string>> { [GuildId] = GuildChannels },
    };

    private static ScriptedDispatcher Dispatcher() => new(_ => Task.FromResult(CommandReply.Say("ok")));

    [Fact]
    public async Task Identifies_with_the_guilds_intent_from_the_url_given_by_gateway_bot()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options());
        await using var bot = await DiscordTestBot.StartAsync(fake, Dispatcher());
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        Assert.Equal(1, Assert.Single(fake.Gateway.IdentifyIntents));
        Assert.Equal(1, fake.Gateway.Connections);
    }

    [Fact]
    public async Task Messages_split_over_many_frames_are_put_together()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options() with { MaxFrameBytes = 7 });
        var dispatcher = Dispatcher();
        await using var bot = await DiscordTestBot.StartAsync(fake, dispatcher);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        await fake.Gateway.DispatchInteractionAsync(DiscordPayloads.Command("latest", [("topic", "syria")]));
        await FakeDiscordServer.WaitUntilAsync(() => !fake.Records.Answers.IsEmpty, "interaction answer");

        Assert.Equal("syria", Assert.Single(dispatcher.Requests).Arguments);
    }

    [Fact]
    public async Task Resume_after_a_drop_replays_missed_events()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options());
        await using var bot = await DiscordTestBot.StartAsync(fake, Dispatcher());
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        fake.Gateway.Drop();
        await fake.Gateway.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = GuildId });
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.ResumedSessions == 1, "resume");
        await FakeDiscordServer.WaitUntilAsync(() => bot.Events.Gone.Count == 2, "channels reported gone");

        Assert.Equal(1, fake.Gateway.Identifies);
        Assert.Equal(GuildChannels, bot.Events.Gone.Select(g => g.ChannelId).Order());
    }

    [Fact]
    public async Task Op7_reconnect_resumes_the_session()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options());
        await using var bot = await DiscordTestBot.StartAsync(fake, Dispatcher());
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");
        var session = fake.Gateway.SessionId;

        await fake.Gateway.SendReconnectAsync();
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.ResumedSessions == 1 && fake.Gateway.Live, "resume after op 7");

        Assert.Equal((1, 2, session), (fake.Gateway.Identifies, fake.Gateway.Connections, fake.Gateway.SessionId));
        Assert.DoesNotContain(1000, fake.Gateway.ClientCloseCodes);
    }

    [Fact]
    public async Task Op9_false_starts_a_new_session_and_op9_true_resumes()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options());
        await using var bot = await DiscordTestBot.StartAsync(fake, Dispatcher());
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");
        var first = fake.Gateway.SessionId;

        await fake.Gateway.SendInvalidSessionAsync(resumable: false);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Identifies == 2 && fake.Gateway.Live, "new session after op 9 false");
        Assert.NotEqual(first, fake.Gateway.SessionId);
        Assert.Equal(0, fake.Gateway.Resumes);

        await fake.Gateway.SendInvalidSessionAsync(resumable: true);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.ResumedSessions == 1 && fake.Gateway.Live, "resume after op 9 true");
        Assert.Equal(2, fake.Gateway.Identifies);
    }

    [Fact]
    public async Task Session_timeout_close_4009_identifies_anew()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options());
        await using var bot = await DiscordTestBot.StartAsync(fake, Dispatcher());
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        await fake.Gateway.CloseAsync(4009);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Identifies == 2 && fake.Gateway.Live, "new session after 4009");
        Assert.Equal(0, fake.Gateway.Resumes);
    }

    [Fact]
    public async Task Missing_heartbeat_ack_closes_the_zombie_and_resumes()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options(heartbeatMs: 100));
        fake.Gateway.AckHeartbeats = false;
        await using var bot = await DiscordTestBot.StartAsync(fake, Dispatcher());
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Connections == 2, "reconnect after a missed ACK");
        fake.Gateway.AckHeartbeats = true;
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.ResumedSessions >= 1 && fake.Gateway.Live, "resume after zombie");

        Assert.Equal(1, fake.Gateway.Identifies);
        Assert.DoesNotContain(1000, fake.Gateway.ClientCloseCodes);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("heartbeat ACK"));
    }

    [Fact]
    public async Task Authentication_failed_4004_stops_with_one_critical_log_line()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options());
        await using var bot = await DiscordTestBot.StartAsync(fake, Dispatcher(), s =>
        {
            s["Discord:Token"] = "wrong-token";
            s["Discord:GatewayUrl"] = fake.GatewayUrl;
        });
        await FakeDiscordServer.WaitUntilAsync(() => bot.Gateway.ExecuteTask?.IsCompleted == true, "gateway to stop");

        Assert.Equal(4004, bot.Gateway.StoppedWithCode);
        Assert.Equal((1, 1), (fake.Gateway.Connections, fake.Gateway.Identifies));
        var critical = Assert.Single(bot.Logs.Entries, e => e.Level == LogLevel.Critical);
        Assert.Contains("4004", critical.Message);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains("wrong-token"));
    }

    [Fact]
    public async Task Guild_outage_is_not_a_removal_but_channel_delete_is()
    {
        await using var fake = await FakeDiscordServer.StartAsync(Options());
        await using var bot = await DiscordTestBot.StartAsync(fake, Dispatcher());
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        await fake.Gateway.DispatchAsync("GUILD_DELETE", new JsonObject { ["id"] = GuildId, ["unavailable"] = true });
        await fake.Gateway.DispatchAsync("CHANNEL_DELETE", new JsonObject { ["id"] = GuildChannels[1], ["guild_id"] = GuildId, ["type"] = 0 });
        await FakeDiscordServer.WaitUntilAsync(() => !bot.Events.Gone.IsEmpty, "channel gone");

        var gone = Assert.Single(bot.Events.Gone);
        Assert.Equal(GuildChannels[1], gone.ChannelId);
    }
}
