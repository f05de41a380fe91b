using System.Text.RegularExpressions;

namespace NewsBot.Core.Digests.Summary;

/// <summary>
/// Recognises text that is not the story: section trails ("News / Russia"), photo captions, "Read More:",
/// share/follow/subscribe lines, copyright and app footers; and strips datelines ("WASHINGTON (AP) — ").
/// </summary>
public static partial class PageFurniture
{
    /// <summary>True when a whole paragraph is furniture rather than story text.</summary>
    public static bool IsFurniture(string paragraph, string title)
    {
        var p = paragraph.Trim();
        if (p.Length == 0)
            return true;
        if (IsTitle(p, title))
            return true;
        if (!EndsLikeSentence(p) && WordCount(p) < 12)
            return true; // section trails, headings, "Read More:", bylines
        if (p.EndsWith(':'))
            return true;
        if (BoilerplateStart().IsMatch(p) || BoilerplatePhrases.Any(b => p.Contains(b, StringComparison.OrdinalIgnoreCase)))
            return true;
        return PhotoCredit().IsMatch(p) || CaptionDate().IsMatch(p.AsSpan(Math.Max(0, p.Length - 40)));
    }

    /// <summary>True when the text is the headline again (ignoring case, spacing and end punctuation).</summary>
    public static bool IsTitle(string text, string title) =>
        title.Length > 0 && string.Equals(Normalize(text), Normalize(title), StringComparison.OrdinalIgnoreCase);

    /// <summary>"WASHINGTON (AP) — The Latest..." -> "The Latest..."; "Nov 13 (Reuters) - " likewise.</summary>
    public static string StripDateline(string sentence)
    {
        var m = Dateline().Match(sentence);
        return m.Success && m.Length < sentence.Length - 20 ? sentence[m.Length..] : sentence;
    }

    private static bool EndsLikeSentence(string p)
    {
        var t = p.TrimEnd('"', '\'', '\u201D', '\u2019', ')', ' ');
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or '\u2026';
    }

    private static int WordCount(string p) => p.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Normalize(string s) => Spaces().Replace(s.Trim().TrimEnd('.', ';', ':', '!', '?', ','), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    private static readonly string[] BoilerplatePhrases =
    [
        "can also be accessed", "alternate address", "all rights reserved", "app store", "google play", "newsletter",
        " roku", "sign up for", "click here",
    ];

    [GeneratedRegex(@"^(read more|related|see also|advertisement|click here|sign up|subscribe|share this|follow (us|\w+( \w+)?) on|copyright|©|download (our|the) app|this article (was|has been)|correction:|editor'?s note|watch:|video:|photo:|image:)", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateStart();

    [GeneratedRegex(@"\((photos?|image|picture|video)s?\b[^)]*\)|\b(photo|image) (credit|by|courtesy)\b|\b(getty images|ap photo|afp photo|reuters/)", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoCredit();

    // Captions end with where and when the picture was taken: "... in Sochi, Russia November 13, 2017."
    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}\.?\s*$")]
    private static partial Regex CaptionDate();

    [GeneratedRegex(@"^(?:[A-Z][A-Z.'\- ]{2,}(?:, [A-Z][A-Za-z.]+)*\s*(?:\([^)]{1,30}\))?|[A-Z][a-z]{2,8}\.? \d{1,2} \([^)]{1,30}\))\s*[\u2014\u2013-]{1,2}\s*")]
    private static partial Regex Dateline();
}
