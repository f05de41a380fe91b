using NewsBot.Core.Articles;

namespace NewsBot.Tests.Articles;

public class FurnitureLinesTests
{
    [Theory]
    [InlineData("News  /  Russia")]
    [InlineData("Home » News » World")]
    [InlineData("Read More:")]
    [InlineData("READ MORE: Ferry fares frozen for another year")]
    [InlineData("Related: The 15 weirdest harbours in the world")]
    [InlineData("DON'T MISS")]
    [InlineData("Advertisement")]
    [InlineData("Share this article")]
    [InlineData("Sign up for our free daily newsletter.")]
    [InlineData("Get breaking news alerts delivered to your inbox.")]
    [InlineData("CLICK HERE TO GET THE SAMPLE NEWS APP")]
    [InlineData("Protesters march past the town hall (Image: GETTY)")]
    [InlineData("The mayor speaks at the quay on Monday. (Photo by Sample Person/Getty Images for Sample Group)")]
    [InlineData("Officials inspect the barge. (Photos by Reuters)")]
    [InlineData("A cross-section of the module. Credit: Sample Agency")]
    [InlineData("Photo: Sample Person, AP")]
    [InlineData("Image copyright")]
    [InlineData("Image 1 of 8")]
    [InlineData("The minister attends a news conference in Sochi, Russia November 13, 2017.")]
    [InlineData("PUBLISHED: 10:48, Tue, Nov 19, 2019")]
    [InlineData("Updated 5:27 am CST, Wednesday, November 20, 2019")]
    [InlineData("segunda-feira, 22 de janeiro de 2018 às 0:13")]
    [InlineData("© 2019 Sample Gazette. All rights reserved.")]
    [InlineData("Sample TV’s website can also be accessed at the following alternate addresses:")]
    public void Recognises_furniture(string line)
    {
        Assert.True(FurnitureLines.IsFurniture(line), line);
    }

    [Theory]
    [InlineData("More than 200 people attended the meeting on Monday.")]
    [InlineData("Share prices fell sharply after the announcement.")]
    [InlineData("The company continued to sign up additional subscribers throughout the week.")]
    [InlineData("The agreement was signed on November 13, 2017.")]
    [InlineData("Source code for the project is published under an open licence, the team said.")]
    [InlineData("Calendário da Stock Car 2018")]
    [InlineData("— Sample Person (@sample_person) November 3, 2019")]
    [InlineData("\"We came to an agreement that, at this moment, there's ground,\" he added.")]
    public void Keeps_story_lines(string line)
    {
        Assert.False(FurnitureLines.IsFurniture(line), line);
    }

    [Fact]
    public void Long_paragraphs_are_never_furniture()
    {
        var paragraph = string.Join(' ', Enumerable.Repeat("Residents read the news on the quay every morning.", 6)) + " (Photo by Sample)";

        Assert.False(FurnitureLines.IsFurniture(paragraph));
    }
}
