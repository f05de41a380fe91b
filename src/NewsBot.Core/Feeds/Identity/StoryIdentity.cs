using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NewsBot.Core.Feeds.Identity;

/// <summary>
/// A stable key for an entry, used to tell stories apart across polls: the feed's guid/id when it has one,
/// else the normalized link, else a hash of title and date. The same entry always yields the same key.
/// </summary>
public static class StoryIdentity
{
    public static string Of(FeedEntry entry)
    {
        if (!string.IsNullOrWhiteSpace(entry.Id))
            return "id:" + entry.Id.Trim();
        if (LinkNormalizer.Normalize(entry.Link) is { } link)
            return "link:" + link;
        if (!string.IsNullOrWhiteSpace(entry.Link))
            return "link:" + entry.Link.Trim();
        var date = (entry.Published ?? entry.Updated)?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "";
        var text = (entry.Title ?? "").Trim() + "\n" + date + "\n" + (entry.Title is null ? (entry.Summary ?? "").Trim() : "");
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return "hash:" + Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }
}
