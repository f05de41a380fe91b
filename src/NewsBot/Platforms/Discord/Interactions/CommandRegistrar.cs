using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using NewsBot.Core.Commands;
using NewsBot.Core.Digests;
using NewsBot.Platforms.Discord.Rest;

namespace NewsBot.Platforms.Discord.Interactions;

/// <summary>
/// Registers the dispatcher's commands as slash commands with one bulk overwrite (PUT), guild-scoped when a
/// development guild is configured. STRING/INTEGER options with limits, autocomplete for topic options, and
/// default_member_permissions "32" on admin-only commands.
/// </summary>
internal sealed class CommandRegistrar(DiscordRestClient rest, ICommandDispatcher dispatcher, DiscordOptions options, ILogger<CommandRegistrar> logger)
{
    private const int StringType = 3, IntegerType = 4, ChatInput = 1;

    public async Task<bool> RegisterAsync(string applicationId, CancellationToken ct)
    {
        var guild = string.IsNullOrWhiteSpace(options.DevGuildId) ? null : options.DevGuildId;
        var body = Build(dispatcher.Descriptions);
        var result = await rest.SendAsync(DiscordRoute.BulkCommands(applicationId, guild), body, ct).ConfigureAwait(false);
        if (result.Ok)
            logger.LogInformation("Registered {CommandCount} Discord slash commands ({Scope})", body.Count, guild is null ? "global" : "guild " + guild);
        else
            logger.LogError("Registering Discord slash commands failed: {Error}", result.Describe());
        return result.Ok;
    }

    public static JsonArray Build(IEnumerable<CommandDescription> descriptions)
    {
        var array = new JsonArray();
        foreach (var d in descriptions)
        {
            var command = new JsonObject
            {
                ["name"] = d.Name.ToLowerInvariant(),
                ["type"] = ChatInput,
                ["description"] = Description(d.Description),
                ["options"] = new JsonArray(d.Options.OrderBy(o => o.Required ? 0 : 1).Select(Option).ToArray<JsonNode?>()),
            };
            if (d.AdminOnly)
                command["default_member_permissions"] = DiscordPermissions.AdminCommandGate;
            array.Add(command);
        }
        return array;
    }

    private static JsonObject Option(CommandOption o)
    {
        var option = new JsonObject
        {
            ["type"] = o.Type == CommandOptionType.Integer ? IntegerType : StringType,
            ["name"] = o.Name.ToLowerInvariant(),
            ["description"] = Description(o.Description),
            ["required"] = o.Required,
        };
        if (o.MinValue is { } min)
            option[o.Type == CommandOptionType.Integer ? "min_value" : "min_length"] = min;
        if (o.MaxValue is { } max)
            option[o.Type == CommandOptionType.Integer ? "max_value" : "max_length"] = max;
        if (o.MaxLength is { } length && o.Type == CommandOptionType.String)
            option["max_length"] = Math.Clamp(length, 1, 6000);
        if (o.AutocompleteTopics)
            option["autocomplete"] = true;
        else if (o.Choices is { Count: > 0 } choices && o.Type == CommandOptionType.String)
            option["choices"] = new JsonArray(choices.Take(25).Select(c => (JsonNode)new JsonObject
            {
                ["name"] = TextTrim.ToLength(c, 100),
                ["value"] = TextTrim.ToLength(c, 100),
            }).ToArray<JsonNode?>());
        return option;
    }

    private static string Description(string text) => string.IsNullOrWhiteSpace(text) ? "-" : TextTrim.ToLength(text.Trim(), 100);
}
