using NewsBot.Core.Articles;

namespace NewsBot.Tests.Articles;

public class NestingGuardTests
{
    [Fact]
    public void Counts_open_containers_and_ignores_self_closing_tags()
    {
        var deep = string.Concat(Enumerable.Repeat("<div class=x>", 30)) + "text";
        var closed = string.Concat(Enumerable.Repeat("<div><span>a</span></div>", 100));
        var sloppy = string.Concat(Enumerable.Repeat("<p>unclosed paragraph <li>item <br>", 500));

        Assert.True(NestingGuard.Exceeds(deep, 20));
        Assert.False(NestingGuard.Exceeds(deep, 30));
        Assert.False(NestingGuard.Exceeds(closed, 2));
        Assert.False(NestingGuard.Exceeds(sloppy, 1));
        Assert.False(NestingGuard.Exceeds("", 1));
        Assert.False(NestingGuard.Exceeds("a < b and <", 1));
    }
}
