using System.Globalization;
using System.Security;
using System.Text;
using NewsBot.Fakes.Web;

namespace NewsBot.Benchmarks.Soak;

/// <summary>
/// The soak's feeds on the local server: before each simulated step every feed is re-scripted with
/// <see cref="ItemsPerStep"/> new items dated at the simulated time of that step, so every poll finds new stories
/// and their published times follow the fake clock (windows keyed on published time mean simulated time).
/// </summary>
internal sealed class SoakFeeds(FakeWebServer server, int count)
{
    public const int ItemsPerStep = 5;

    public static string PathOf(int i) => $"/soak/{i}.xml";

    public void Publish(long step, DateTimeOffset now)
    {
        for (var i = 0; i < count; i++)
        {
            server.Map(PathOf(i), FakeRoute.Feed(Rss(i, step, now)) with
            {
                ETag = $"\"soak-{i}-{step}\"",
                LastModified = now.ToString("r", CultureInfo.InvariantCulture),
            });
        }
    }

    private string Rss(int i, long step, DateTimeOffset now)
    {
        var xml = new StringBuilder(2048);
        xml.Append(CultureInfo.InvariantCulture, $"<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Soak feed {i}</title>");
        xml.Append(CultureInfo.InvariantCulture, $"<link>{server.BaseUrl}soak/{i}.xml</link><description>Soak feed {i}, step {step}</description>");
        for (var k = 0; k < ItemsPerStep; k++)
        {
            var link = SecurityElement.Escape(new Uri(server.BaseUrl, $"/articles/{i}/{step}-{k}.html").ToString());
            var published = now.AddSeconds(-k).ToString("r", CultureInfo.InvariantCulture);
            xml.Append(CultureInfo.InvariantCulture, $"<item><title>Feed {i} story {step}-{k}</title><link>{link}</link>");
            xml.Append(CultureInfo.InvariantCulture, $"<guid>{link}</guid><pubDate>{published}</pubDate>");
            xml.Append(CultureInfo.InvariantCulture, $"<description>Story {k} of feed {i}. \"Quoted words,\" said Person {k}.</description></item>");
        }
        return xml.Append("</channel></rss>").ToString();
    }
}
