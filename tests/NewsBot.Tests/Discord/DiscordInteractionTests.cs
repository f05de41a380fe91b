using System.Text.Json;
using NewsBot.Core.Commands;
using NewsBot.Core.Digests;
using NewsBot.Fakes.Discord;

namespace NewsBot.Tests.Discord;

public class DiscordInteractionTests
{
    private static readonly Digest Story = new()
    {
        Headline = "Talks resume in Damascus",
        Summary = "Negotiators met again on Monday.",
        Outlet = "Example News",
        Link = "https://news.example/syria/talks",
        Quotes = [new DigestQuote("We are ready to talk about everything", "Foreign minister")],
    };

    [Fact]
    public async Task Latest_command_is_answered_with_the_reply_in_time()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var dispatcher = new ScriptedDispatcher(_ => Task.FromResult(new CommandReply { Text = "Latest on syria", Digests = [Story] }));
        await using var bot = await DiscordTestBot.StartAsync(fake, dispatcher);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        await fake.Gateway.DispatchInteractionAsync(DiscordPayloads.Command("latest", [("topic", "syria")]));
        await FakeDiscordServer.WaitUntilAsync(() => !fake.Records.Answers.IsEmpty, "interaction answer");

        var request = Assert.Single(dispatcher.Requests);
        Assert.Equal(("discord", "latest", "syria", DiscordPayloads.Channel), (request.Platform, request.Name, request.Arguments, request.ChannelId));
        var answer = Assert.Single(fake.Records.Answers);
        Assert.Equal(("callback", 204), (answer.Kind, answer.Status));
        Assert.Equal(4, answer.Body.GetProperty("type").GetInt32());
        var data = answer.Body.GetProperty("data");
        Assert.Equal("Talks resume in Damascus", data.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.False(data.TryGetProperty("flags", out _));
    }

    [Fact]
    public async Task Slow_command_is_deferred_then_the_original_is_edited()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var release = new TaskCompletionSource();
        var dispatcher = new ScriptedDispatcher(async _ =>
        {
            await release.Task;
            return new CommandReply { Digests = [Story] };
        });
        await using var bot = await DiscordTestBot.StartAsync(fake, dispatcher);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        await fake.Gateway.DispatchInteractionAsync(DiscordPayloads.Command("latest", [("topic", "syria"), ("count", 3)]));
        await FakeDiscordServer.WaitUntilAsync(() => !fake.Records.Answers.IsEmpty, "deferred answer");
        release.SetResult();
        await FakeDiscordServer.WaitUntilAsync(() => fake.Records.Answers.Count == 2, "edit of @original");

        var answers = fake.Records.Answers.ToArray();
        Assert.Equal(("callback", 204, 5), (answers[0].Kind, answers[0].Status, answers[0].Body.GetProperty("type").GetInt32()));
        Assert.Equal(("edit-original", 200), (answers[1].Kind, answers[1].Status));
        Assert.Equal(Story.Link, answers[1].Body.GetProperty("embeds")[0].GetProperty("url").GetString());
        Assert.Equal(0, answers[1].Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        Assert.Equal("syria 3", Assert.Single(dispatcher.Requests).Arguments);
    }

    [Fact]
    public async Task Reply_with_more_than_ten_stories_continues_in_a_follow_up()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var stories = Enumerable.Range(0, 12).Select(i => Story with { Headline = $"Story {i}", Link = $"https://news.example/{i}" }).ToList();
        var dispatcher = new ScriptedDispatcher(_ => Task.FromResult(new CommandReply { Text = "12 stories", Digests = stories }));
        await using var bot = await DiscordTestBot.StartAsync(fake, dispatcher);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        await fake.Gateway.DispatchInteractionAsync(DiscordPayloads.Command("latest", [("topic", "syria")]));
        await FakeDiscordServer.WaitUntilAsync(() => fake.Records.Answers.Count == 2, "reply and follow-up");

        var answers = fake.Records.Answers.ToArray();
        Assert.Equal(("callback", 10), (answers[0].Kind, answers[0].Body.GetProperty("data").GetProperty("embeds").GetArrayLength()));
        Assert.Equal(("follow-up", 200, 2), (answers[1].Kind, answers[1].Status, answers[1].Body.GetProperty("embeds").GetArrayLength()));
        Assert.Equal(0, answers[1].Body.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task Autocomplete_answers_with_matching_topics()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var dispatcher = new ScriptedDispatcher(_ => Task.FromResult(CommandReply.Say("unused")))
        {
            Topics = ["syria", "sudan", "spain", .. Enumerable.Range(0, 40).Select(i => $"s-topic-{i}")],
        };
        await using var bot = await DiscordTestBot.StartAsync(fake, dispatcher);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        await fake.Gateway.DispatchInteractionAsync(DiscordPayloads.Command("latest", [("topic", "s")], type: 4, focused: "topic"));
        await FakeDiscordServer.WaitUntilAsync(() => !fake.Records.Answers.IsEmpty, "autocomplete answer");

        var answer = Assert.Single(fake.Records.Answers);
        Assert.Equal(8, answer.Body.GetProperty("type").GetInt32());
        var choices = answer.Body.GetProperty("data").GetProperty("choices");
        Assert.Equal(25, choices.GetArrayLength());
        Assert.Equal("syria", choices[0].GetProperty("value").GetString());
        Assert.Empty(dispatcher.Requests);
    }

    [Fact]
    public async Task Admin_only_command_from_a_non_admin_is_passed_as_not_admin_and_answered_ephemerally()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var dispatcher = new ScriptedDispatcher(r => Task.FromResult(r.IsAdmin ? CommandReply.Say("Subscribed.") : CommandReply.Error("Only channel admins can subscribe.")));
        await using var bot = await DiscordTestBot.StartAsync(fake, dispatcher);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        // SEND_MESSAGES | VIEW_CHANNEL only: no Administrator, Manage Channels or Manage Server bit.
        await fake.Gateway.DispatchInteractionAsync(DiscordPayloads.Command("subscribe", [("topic", "syria")], permissions: ((1UL << 10) | (1UL << 11)).ToString()));
        await FakeDiscordServer.WaitUntilAsync(() => !fake.Records.Answers.IsEmpty, "refusal");

        Assert.False(Assert.Single(dispatcher.Requests).IsAdmin);
        var data = Assert.Single(fake.Records.Answers).Body.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("Only channel admins can subscribe.", data.GetProperty("content").GetString());
    }

    [Theory]
    [InlineData("32", true, true)]      // Manage Server
    [InlineData("16", true, true)]      // Manage Channels
    [InlineData("8", true, true)]       // Administrator
    [InlineData("2048", true, false)]   // Send Messages only
    [InlineData(null, false, true)]     // a DM with the bot
    public async Task Admin_right_comes_from_member_permissions(string? permissions, bool inGuild, bool admin)
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var dispatcher = new ScriptedDispatcher(_ => Task.FromResult(CommandReply.Say("ok")));
        await using var bot = await DiscordTestBot.StartAsync(fake, dispatcher);
        await FakeDiscordServer.WaitUntilAsync(() => fake.Gateway.Live, "gateway session");

        await fake.Gateway.DispatchInteractionAsync(DiscordPayloads.Command("subscribe", [("topic", "syria")], permissions, inGuild));
        await FakeDiscordServer.WaitUntilAsync(() => !fake.Records.Answers.IsEmpty, "answer");

        Assert.Equal(admin, Assert.Single(dispatcher.Requests).IsAdmin);
    }

    [Fact]
    public async Task Commands_are_registered_in_the_dev_guild_after_ready()
    {
        await using var fake = await FakeDiscordServer.StartAsync();
        var dispatcher = new ScriptedDispatcher(_ => Task.FromResult(CommandReply.Say("ok")));
        await using var bot = await DiscordTestBot.StartAsync(fake, dispatcher, s => s["Discord:DevGuildId"] = DiscordPayloads.Guild);
        await FakeDiscordServer.WaitUntilAsync(() => !fake.Records.CommandRegistrations.IsEmpty, "command registration");

        var (path, body) = Assert.Single(fake.Records.CommandRegistrations);
        Assert.Equal($"/api/v10/applications/{fake.Options.ApplicationId}/guilds/{DiscordPayloads.Guild}/commands", path);
        var latest = body.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "latest");
        Assert.False(latest.TryGetProperty("default_member_permissions", out _));
        var options = latest.GetProperty("options");
        Assert.Equal((3, true, true), (options[0].GetProperty("type").GetInt32(), options[0].GetProperty("required").GetBoolean(), options[0].GetProperty("autocomplete").GetBoolean()));
        Assert.Equal((4, 1, 10), (options[1].GetProperty("type").GetInt32(), options[1].GetProperty("min_value").GetInt32(), options[1].GetProperty("max_value").GetInt32()));
        var subscribe = body.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "subscribe");
        Assert.Equal("32", subscribe.GetProperty("default_member_permissions").GetString());
        Assert.Equal(JsonValueKind.Array, body.ValueKind);
    }
}
