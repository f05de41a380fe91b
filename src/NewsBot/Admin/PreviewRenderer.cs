using System.Text.Json;
using NewsBot.Core.Digests;
using NewsBot.Core.Digests.Rendering;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Admin;

/// <summary>A digest as each platform would be sent it: console text, Discord message bodies (JSON), Telegram HTML messages.</summary>
public static class PreviewRenderer
{
    public static IReadOnlyList<string> Messages(string platform, Digest digest) => platform switch
    {
        "discord" => DiscordEmbedRenderer.Render(null, [digest])
            .Select(m => JsonSerializer.Serialize(DiscordMessageBody.From(m), DiscordJson.Options))
            .ToList(),
        "telegram" => TelegramHtmlRenderer.RenderMessages(null, [digest]),
        _ => [ConsoleRenderer.Render(digest)],
    };

    /// <summary>
    /// Writes every message: console text as the console channel prints it, one Discord JSON body per line,
    /// each Telegram message followed by a line "---".
    /// </summary>
    public static async Task WriteAsync(string platform, IEnumerable<Digest> digests, TextWriter output)
    {
        foreach (var digest in digests)
        {
            foreach (var message in Messages(platform, digest))
            {
                await output.WriteAsync(platform switch
                {
                    "discord" => message + "\n",
                    "telegram" => message + "\n---\n",
                    _ => message,
                });
            }
        }
    }
}
