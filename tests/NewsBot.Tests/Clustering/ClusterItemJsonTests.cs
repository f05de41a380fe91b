using NewsBot.Core.Stories.Clustering;

namespace NewsBot.Tests.Clustering;

public class ClusterItemJsonTests
{
    [Fact]
    public void Reads_all_fields()
    {
        const string line = """{"id":"x1","title":"T","outlet":"o.example","published":"2014-03-10T16:55:01Z","summary":"S","text":"B"}""";
        Assert.True(ClusterItemJson.TryParse(line, out var item, out var error), error);
        Assert.Equal(new ClusterItem("x1", "T", "o.example", new DateTimeOffset(2014, 3, 10, 16, 55, 1, TimeSpan.Zero), "S", "B"), item);
    }

    [Theory]
    [InlineData("2019-05-04", true)]
    [InlineData("2016-01-05T00:00:00", true)]
    [InlineData("2016-01-05T00:00:00Z", false)]
    [InlineData("2016-01-05T13:20:00", false)]
    [InlineData("2016-01-05T00:00:00+02:00", false)]
    public void Bare_dates_are_marked_date_only(string published, bool dateOnly)
    {
        Assert.True(ClusterItemJson.TryParseTime(published, out _, out var isDateOnly));
        Assert.Equal(dateOnly, isDateOnly);
    }

    [Theory]
    [InlineData("not json", "not JSON")]
    [InlineData("[1,2]", "not a JSON object")]
    [InlineData("""{"title":"no id","published":"2020-01-01"}""", "missing \"id\"")]
    [InlineData("""{"id":"a","title":"t","published":"yesterday"}""", "\"published\"")]
    public void Bad_lines_give_an_error_instead_of_throwing(string line, string expected)
    {
        Assert.False(ClusterItemJson.TryParse(line, out var item, out var error));
        Assert.Null(item);
        Assert.Contains(expected, error);
    }
}
