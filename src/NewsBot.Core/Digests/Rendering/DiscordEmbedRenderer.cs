using System.Globalization;

namespace NewsBot.Core.Digests.Rendering;

/// <summary>
/// Renders digests as Discord embeds: headline as the linked title, summary as the description, quotes as fields
/// with the speaker, outlet in the footer and publication time as the timestamp, a link button per story.
/// Every part is escaped and trimmed to Discord's limits; a roll-up is split into messages of at most 10 embeds
/// and 6000 embed characters.
/// </summary>
public static class DiscordEmbedRenderer
{
    public const int MaxQuoteFields = 4;
    private const int Color = 0x2B6CB0;
    private const int MinDescription = 300;

    /// <summary>A heading/plain text and any number of digests as one or more messages (heading on the first).</summary>
    public static IReadOnlyList<DiscordMessage> Render(string? text, IReadOnlyList<Digest> digests)
    {
        var content = string.IsNullOrWhiteSpace(text) ? null : DiscordText.Fit(text, DiscordLimits.Content);
        if (digests.Count == 0)
            return content is null ? [] : [new DiscordMessage(content, [], [])];

        var messages = new List<DiscordMessage>();
        var embeds = new List<DiscordEmbed>();
        var buttons = new List<DiscordLinkButton>();
        var total = 0;
        foreach (var digest in digests)
        {
            var embed = RenderEmbed(digest);
            var length = DiscordLimits.Length(embed);
            if (embeds.Count == DiscordLimits.EmbedsPerMessage || total + length > DiscordLimits.EmbedTotal)
            {
                messages.Add(new DiscordMessage(messages.Count == 0 ? content : null, embeds, Rows(buttons)));
                embeds = [];
                buttons = [];
                total = 0;
            }
            embeds.Add(embed);
            total += length;
            if (Button(digest, digests.Count > 1 ? embeds.Count : null) is { } button)
                buttons.Add(button);
        }
        messages.Add(new DiscordMessage(messages.Count == 0 ? content : null, embeds, Rows(buttons)));
        return messages;
    }

    /// <summary>One digest as one embed of at most 6000 counted characters.</summary>
    public static DiscordEmbed RenderEmbed(Digest digest)
    {
        var title = DiscordText.Fit(digest.Headline, DiscordLimits.Title);
        var footer = DiscordText.Fit(FooterText(digest), DiscordLimits.Footer);
        var fields = QuoteFields(digest);
        var fixedLength = title.Length + footer.Length;
        var summary = DiscordText.Escape(digest.Summary);
        while (fields.Count > 0 && fixedLength + FieldsLength(fields) + Math.Min(summary.Length, MinDescription) > DiscordLimits.EmbedTotal)
            fields.RemoveAt(fields.Count - 1);
        var room = Math.Min(DiscordLimits.Description, DiscordLimits.EmbedTotal - fixedLength - FieldsLength(fields));
        var description = DiscordText.Trim(summary, Math.Max(room, 0));
        return new DiscordEmbed
        {
            Title = title.Length > 0 ? title : null,
            Description = description.Length > 0 ? description : null,
            Url = DiscordText.WebUrl(digest.Link, DiscordLimits.EmbedUrl),
            Timestamp = digest.Published?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            Color = Color,
            Footer = footer.Length > 0 ? new DiscordEmbedFooter(footer) : null,
            Fields = fields.Count > 0 ? fields : null,
        };
    }

    private static string FooterText(Digest digest)
    {
        var text = digest.Outlet;
        if (digest.AlsoReportedBy.Count > 0)
            text += " · also " + string.Join(", ", digest.AlsoReportedBy);
        return text;
    }

    private static List<DiscordEmbedField> QuoteFields(Digest digest) =>
        digest.Quotes
            .Where(q => !string.IsNullOrWhiteSpace(q.Text))
            .Take(MaxQuoteFields)
            .Select(q => new DiscordEmbedField(
                DiscordText.Fit(string.IsNullOrWhiteSpace(q.Speaker) ? "Quote" : q.Speaker, DiscordLimits.FieldName),
                "“" + DiscordText.Fit(q.Text, DiscordLimits.FieldValue - 2) + "”"))
            .ToList();

    private static int FieldsLength(List<DiscordEmbedField> fields) => fields.Sum(f => f.Name.Length + f.Value.Length);

    private static DiscordLinkButton? Button(Digest digest, int? number)
    {
        var url = DiscordText.WebUrl(digest.Link, DiscordLimits.ButtonUrl);
        if (url is null)
            return null;
        var label = TextTrim.ToLength((number is null ? "" : $"{number}. ") + $"Read at {digest.Outlet}", DiscordLimits.ButtonLabel);
        return new DiscordLinkButton(label, url);
    }

    private static List<DiscordActionRow> Rows(List<DiscordLinkButton> buttons) =>
        buttons.Chunk(DiscordLimits.ButtonsPerRow)
            .Take(DiscordLimits.ActionRows)
            .Select(chunk => new DiscordActionRow(chunk))
            .ToList();
}
