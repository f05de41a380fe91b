using System.Text.Json;
using NewsBot.Core.Commands;
using NewsBot.Platforms.Discord.Interactions;

namespace NewsBot.Tests.Discord;

public class DiscordInteractionParseTests
{
    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{"id":"1","token":"t"}""")]
    [InlineData("""{"id":1,"token":"t","channel_id":"2","user":{"id":"3"}}""")]
    [InlineData("""{"id":"1","token":"t","channel_id":"2","member":{"user":{"id":5}}}""")]
    public void Interactions_missing_what_an_answer_needs_are_null(string json)
    {
        Assert.Null(DiscordInteraction.Parse(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void Options_are_read_whatever_their_json_type()
    {
        var json = """
            {"id":"1","token":"t","type":2,"channel_id":"2","guild_id":"9",
             "member":{"user":{"id":"3"},"permissions":"not-a-number"},
             "data":{"name":"Latest","options":[{"name":"count","type":4,"value":5},{"name":"topic","type":3,"value":" syria "},{"name":"x"}]}}
            """;

        var interaction = DiscordInteraction.Parse(JsonDocument.Parse(json).RootElement)!;
        var description = new CommandDescription("latest", "", [new CommandOption("topic", ""), new CommandOption("count", "", CommandOptionType.Integer)]);

        Assert.Equal("latest", interaction.CommandName);
        Assert.Null(interaction.MemberPermissions);
        Assert.False(DiscordPermissions.IsAdmin(interaction));
        Assert.Equal("syria 5", InteractionHandler.Arguments(description, interaction.Options));
    }
}
