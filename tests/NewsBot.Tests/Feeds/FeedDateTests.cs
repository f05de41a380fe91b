using NewsBot.Core.Feeds.Dates;

namespace NewsBot.Tests.Feeds;

public sealed class FeedDateTests
{
    [Theory]
    [InlineData("Thu, 01 Jan 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 +0000", "2004-01-01T19:48:21Z")]
    [InlineData("Tue, 03 Mar 2026 14:05:00 -0500", "2026-03-03T19:05:00Z")]
    [InlineData("01 Jan 2004 19:48 UT", "2004-01-01T19:48:00Z")]
    [InlineData("Thu, 1 Jan 04 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thursday, 01 January 2004 19:48:21 GMT", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 EST", "2004-01-02T00:48:21Z")]
    [InlineData("Thu, 01 Jul 2004 19:48:21 EDT", "2004-07-01T23:48:21Z")]
    [InlineData("Thu, 01 Jul 2004 19:48:21 CEST", "2004-07-01T17:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 PST", "2004-01-02T03:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 Z", "2004-01-01T19:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 A", "2004-01-01T18:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 N", "2004-01-01T20:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 GMT+2", "2004-01-01T17:48:21Z")]
    [InlineData("Thu, 01 Jan 2004 19:48:21 +05:30", "2004-01-01T14:18:21Z")]
    [InlineData("Thu Jan  1 19:48:21 2004", "2004-01-01T19:48:21Z")]
    [InlineData("01-Jan-2004 07:48:21 PM", "2004-01-01T19:48:21Z")]
    [InlineData("2003-12-31T10:14:55Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14:55.123-05:00", "2003-12-31T15:14:55.123Z")]
    [InlineData("2003-12-31 10:14:55", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31T10:14+0100", "2003-12-31T09:14:00Z")]
    [InlineData("20031231T101455Z", "2003-12-31T10:14:55Z")]
    [InlineData("2003-12-31", "2003-12-31T00:00:00Z")]
    [InlineData("2003-12", "2003-12-01T00:00:00Z")]
    public void Reads_rfc822_iso8601_and_broken_variants(string text, string expected)
    {
        var date = FeedDate.Parse(text, out var problem);

        Assert.Null(problem);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Fact]
    public void Unknown_zone_is_read_as_utc_and_reported()
    {
        var date = FeedDate.Parse("Thu, 01 Jan 2004 19:48:21 XYZ", out var problem);

        Assert.Equal(new DateTimeOffset(2004, 1, 1, 19, 48, 21, TimeSpan.Zero), date);
        Assert.Contains("unknown time zone 'XYZ'", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2026 10:00:00 GMT")]
    [InlineData("2026-13-01")]
    [InlineData("Thu, 01 Jan 2004 25:48:21 GMT")]
    public void Garbage_gives_null_and_a_problem(string text)
    {
        Assert.Null(FeedDate.Parse(text, out var problem));
        Assert.NotNull(problem);
    }

    [Fact]
    public void Empty_is_null_without_a_problem()
    {
        Assert.Null(FeedDate.Parse("  ", out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("2026-01-01T00:00:00Z")]
    [InlineData("2026-12-31T23:59:59+05:30")]
    [InlineData("2026-03-01T01:00:00-14:00")]
    [InlineData("2024-02-29T12:00:00z")]
    [InlineData("2026-02-29T12:00:00Z")]
    [InlineData("2026-13-01T00:00:00Z")]
    [InlineData("2026-01-01T24:00:00Z")]
    [InlineData("2026-01-01T10:00:60Z")]
    [InlineData("2026-01-01T10:00:00+19:00")]
    [InlineData("9999-12-31T23:00:00-05:00")]
    [InlineData("0001-01-01T01:00:00+05:00")]
    [InlineData("2026-01-01T10:0a:00Z")]
    [InlineData("20xx-01-01T10:00:00Z")]
    [InlineData("x026-01-01T10:00:00Z")]
    public void The_direct_reading_of_canonical_dates_agrees_with_the_general_reader(string text)
    {
        var direct = IsoDate.TryParseCanonical(text);
        var parts = default(DateParts);
        var general = IsoDate.TryParse(text, ref parts) ? parts.ToDateTimeOffset() : null;

        // The direct reading either declines (the general reader then decides) or says exactly what the general one says.
        if (direct is not null)
            Assert.Equal(general, direct);
        Assert.Equal(general, FeedDate.Parse(text, out _));
    }
}
