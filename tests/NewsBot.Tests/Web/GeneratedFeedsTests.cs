using System.Xml.Linq;
using NewsBot.Core.Abstractions;
using NewsBot.Fakes.Web;

namespace NewsBot.Tests.Web;

public class GeneratedFeedsTests
{
    [Fact]
    public async Task Generated_feeds_answer_304_only_for_their_share()
    {
        await using var rig = await WebRig.StartAsync();
        var feeds = rig.Server.ServeFeeds(count: 20, notModifiedFraction: 0.005);

        var first = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => rig.FetchAsync(feeds.PathOf(i))));
        var second = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => rig.FetchAsync(feeds.PathOf(i), first[i].ETag)));

        Assert.All(first, r => Assert.Equal(FetchStatus.Ok, r.Status));
        Assert.All(first, r => Assert.Equal(5, XDocument.Parse(System.Text.Encoding.UTF8.GetString(r.Body)).Descendants("item").Count()));
        for (var i = 0; i < 20; i++)
            Assert.Equal(feeds.AnswersNotModified(i) ? FetchStatus.NotModified : FetchStatus.Ok, second[i].Status);
        Assert.Contains(second, r => r.Status == FetchStatus.NotModified);
        Assert.Contains(second, r => r.Status == FetchStatus.Ok);
        Assert.Equal(FetchStatus.HttpError, (await rig.FetchAsync("/feeds/20.xml")).Status);
    }
}
