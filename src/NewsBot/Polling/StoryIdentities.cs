using System.Security.Cryptography;
using System.Text;
using NewsBot.Core.Feeds;

namespace NewsBot.Polling;

/// <summary>A feed item's identity: guid, else its link, else a hash of title and date.</summary>
public static class StoryIdentities
{
    public static string Of(FeedEntry entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Id))
            return "id:" + entry.Id.Trim();
        if (!string.IsNullOrWhiteSpace(entry.Link))
            return "link:" + entry.Link.Trim();
        var basis = (entry.Title ?? "") + "|" + (entry.Published ?? entry.Updated)?.ToUnixTimeSeconds();
        return "hash:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(basis)))[..32];
    }
}
