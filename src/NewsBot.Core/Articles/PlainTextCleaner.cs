namespace NewsBot.Core.Articles;

/// <summary>
/// Cleans an article page that is already plain text (as a reader sees it): drops furniture lines such as the
/// section trail ("News / Russia"), photo captions with credits, "Read More:" labels, and the outlet's footer
/// (alternate addresses, apps, copyright) with everything after it. Paragraphs come back separated by "\n\n".
/// </summary>
public static class PlainTextCleaner
{
    /// <summary>A footer line only ends the story when it sits in the last part of the page (this share of lines).</summary>
    private const double FooterZone = 0.3;

    public static string Clean(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        var end = lines.Count;
        var footerStart = (int)Math.Floor(lines.Count * (1 - FooterZone));
        for (var i = footerStart; i < lines.Count; i++)
        {
            if (FurnitureLines.IsFooter(lines[i]))
            {
                end = i;
                break;
            }
        }
        var kept = lines.Take(end).Where(l => !FurnitureLines.IsFurniture(l));
        return string.Join("\n\n", kept);
    }
}
