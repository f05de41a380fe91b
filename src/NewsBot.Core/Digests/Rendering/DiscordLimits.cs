namespace NewsBot.Core.Digests.Rendering;

/// <summary>Discord's message and embed limits (developers/resources/message.mdx), counted in UTF-16 units.</summary>
public static class DiscordLimits
{
    public const int Content = 2000;
    public const int EmbedsPerMessage = 10;
    public const int EmbedTotal = 6000;
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int Author = 256;
    public const int ActionRows = 5;
    public const int ButtonsPerRow = 5;
    public const int ButtonLabel = 80;
    public const int ButtonUrl = 512;
    public const int EmbedUrl = 2048;
    public const int Nonce = 25;

    /// <summary>The characters an embed counts toward the 6000 total.</summary>
    public static int Length(DiscordEmbed e) =>
        (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text.Length ?? 0)
        + (e.Author?.Name.Length ?? 0) + (e.Fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
}
