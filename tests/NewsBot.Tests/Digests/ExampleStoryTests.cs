using NewsBot.Cli;
using NewsBot.Configuration;
using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;
using NewsBot.Core.Topics;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Digests;

/// <summary>The example story in ../shared/samples, through the same steps and renderers the bot uses.</summary>
public class ExampleStoryTests
{
    [SharedDataFact]
    public void The_digest_quotes_putin_and_erdogan_by_name_and_leaves_the_page_furniture_out()
    {
        var page = File.ReadAllText(SharedData.PathTo("samples/syria-astana-2017-11-13.txt")!);
        var story = DigestCommand.ToStory(page, "https://www.presstv.com/example", "Press TV")!;
        var digest = new DigestBuilder(new QuoteFinder(), new LeadSummarizer()).Build(story);
        var rendered = ConsoleRenderer.Render(digest);

        Assert.Equal("Cooperation with Iran, Turkey has been good for Syria: Putin", digest.Headline);
        // Named in full as first introduced in the article body ("Turkish President Recep Tayyip Erdogan").
        Assert.Equal(["Vladimir Putin", "Vladimir Putin", "Recep Tayyip Erdogan", "Recep Tayyip Erdogan"], digest.Quotes.Select(q => q.Speaker));
        Assert.InRange(digest.Summary.Length, 1, 300);
        foreach (var furniture in new[] { "News / Russia", "Photos by Reuters", "Read More", "alternate addresses", "Roku" })
        {
            Assert.DoesNotContain(furniture, rendered);
            Assert.DoesNotContain(furniture, story.Text);
        }

        var (snapshot, _) = ConfigSnapshot.Load(RepoPaths.Config);
        var topics = snapshot!.Matcher.Match(new MatchInput(story.Title, story.Text)).Select(m => m.Topic).ToList();
        Assert.Equal(["syria", "russia", "turkey", "iran"], topics);
    }
}
