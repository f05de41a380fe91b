using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;

namespace NewsBot.Fuzzing;

/// <summary>Renders digests for every platform and lists each platform limit the output breaks.</summary>
public static class LimitChecks
{
    public static IReadOnlyList<string> Check(IReadOnlyList<Digest> digests)
    {
        var problems = new List<string>();
        foreach (var d in digests)
            ConsoleRenderer.Render(d);
        if (digests.Count > 0)
            ConsoleRenderer.RenderRollup("Roll-up", digests);
        foreach (var html in TelegramHtmlRenderer.RenderMessages(digests.Count > 1 ? "Roll-up" : null, digests))
        {
            if (TelegramHtml.VisibleLength(html) > TelegramHtml.MaxMessageLength)
                problems.Add($"telegram message of {TelegramHtml.VisibleLength(html)} visible chars");
        }
        foreach (var message in DiscordEmbedRenderer.Render(digests.Count > 1 ? "Roll-up" : null, digests))
            CheckDiscord(message, problems);
        return problems;
    }

    private static void CheckDiscord(DiscordMessage m, List<string> problems)
    {
        void Over(string what, int length, int max)
        {
            if (length > max)
                problems.Add($"discord {what} of {length} (max {max})");
        }
        Over("content", m.Content?.Length ?? 0, DiscordLimits.Content);
        Over("embed count", m.Embeds.Count, DiscordLimits.EmbedsPerMessage);
        Over("embeds total", m.Embeds.Sum(DiscordLimits.Length), DiscordLimits.EmbedTotal);
        foreach (var e in m.Embeds)
        {
            Over("title", e.Title?.Length ?? 0, DiscordLimits.Title);
            Over("description", e.Description?.Length ?? 0, DiscordLimits.Description);
            Over("url", e.Url?.Length ?? 0, DiscordLimits.EmbedUrl);
            Over("footer", e.Footer?.Text.Length ?? 0, DiscordLimits.Footer);
            Over("author", e.Author?.Name.Length ?? 0, DiscordLimits.Author);
            Over("field count", e.Fields?.Count ?? 0, DiscordLimits.Fields);
            foreach (var f in e.Fields ?? [])
            {
                Over("field name", f.Name.Length, DiscordLimits.FieldName);
                Over("field value", f.Value.Length, DiscordLimits.FieldValue);
            }
        }
        Over("action rows", m.Components.Count, DiscordLimits.ActionRows);
        foreach (var b in m.Components.SelectMany(r => r.Components))
        {
            Over("button label", b.Label.Length, DiscordLimits.ButtonLabel);
            Over("button url", b.Url.Length, DiscordLimits.ButtonUrl);
        }
    }
}
