using NewsBot.Core.Commands;

namespace NewsBot.Tests;

public class CommandLineTests
{
    [Theory]
    [InlineData("/latest syria 5", null, "latest", "syria 5")]
    [InlineData("/latest@NewsBot syria", "newsbot", "latest", "syria")]
    [InlineData("  /HELP", null, "help", "")]
    public void Parses_commands(string text, string? bot, string name, string args)
    {
        Assert.True(CommandLine.TryParse(text, bot, out var n, out var a));
        Assert.Equal(name, n);
        Assert.Equal(args, a);
    }

    [Theory]
    [InlineData("/latest@OtherBot syria", "newsbot")]
    [InlineData("hello", null)]
    [InlineData("/", null)]
    public void Rejects_non_commands(string text, string? bot)
    {
        Assert.False(CommandLine.TryParse(text, bot, out _, out _));
    }
}
