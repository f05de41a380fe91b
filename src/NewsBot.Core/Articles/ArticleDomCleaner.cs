using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsBot.Core.Articles;

/// <summary>
/// Removes furniture elements from the article subtree Readability chose: captions and figures, share bars,
/// related-story boxes, newsletter boxes, bylines and tag lists. An element that holds a large share of the
/// article's text is never removed, whatever its class says.
/// </summary>
public static partial class ArticleDomCleaner
{
    private static readonly string[] FurnitureTags = ["figcaption", "figure", "nav", "aside", "footer", "form", "button", "menu"];

    public static void Clean(IElement article)
    {
        var total = article.TextContent.Length;
        if (total == 0)
            return;
        var doomed = new List<IElement>();
        foreach (var element in article.QuerySelectorAll("*"))
        {
            if (IsFurniture(element) && !HoldsTheStory(element, total))
                doomed.Add(element);
        }
        foreach (var element in doomed)
            element.Remove();
    }

    private static bool IsFurniture(IElement element)
    {
        if (FurnitureTags.Contains(element.LocalName))
            return true;
        var role = element.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "banner")
            return true;
        if (element.GetAttribute("aria-hidden") == "true")
            return true;
        var names = element.ClassName + " " + element.Id;
        return names.Length > 1 && (FurnitureName().IsMatch(names) || FurniturePart().IsMatch(names));
    }

    private static bool HoldsTheStory(IElement element, int total)
    {
        var length = element.TextContent.Length;
        if (length > total / 3)
            return true;
        var longParagraphs = 0;
        foreach (var p in element.GetElementsByTagName("p"))
        {
            if (p.TextContent.Length > 150 && ++longParagraphs >= 3)
                return true;
        }
        return false;
    }

    [GeneratedRegex("""(?:^|[\s_-])(?:subscription|signup|sign-?up|ad|ads|adslot|ad-?slot|ad-?container|sponsored|author|dek|standfirst|stand-?first|abstract|article-?summary|author-?bio|author-?info|about-?author|tags|tag-?list|post-?tags|entry-?tags|keywords|comments?|comment-?count|recommended|recommendations|trending|popular|most-?read|most-?popular|read-?more|readmore|more-?stories|more-?news|see-?also|also-?read|dont-?miss|timestamp|dateline|date|published|posted-?on|entry-?meta|post-?meta|article-?meta|meta|toolbar|tools|print|disclaimer|copyright|inline-?promo|embed-?promo|teaser|teasers|widget|sidebar|gallery|slideshow|carousel|video-?player|media-?caption|img-?caption|image-?caption)(?:$|[\s_-])""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurnitureName();

    // matched anywhere in a class or id, camelCase included ("newsCaption", "shareBar", "relatedLinks")
    [GeneratedRegex("""caption|credit|share(?!able)|social|related|newsletter|subscribe|promo|advert|outbrain|taboola|breadcrumb|byline|sidebar""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurniturePart();
}
