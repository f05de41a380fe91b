namespace NewsBot.Platforms.Discord.Interactions;

/// <summary>Permission bits (topics/permissions.mdx) and the bot's notion of a channel admin.</summary>
internal static class DiscordPermissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageChannels = 1UL << 4;
    public const ulong ManageGuild = 1UL << 5;

    /// <summary>default_member_permissions for admin-only commands: MANAGE_GUILD as a string.</summary>
    public const string AdminCommandGate = "32";

    /// <summary>
    /// Re-checked on every command (default_member_permissions is only a UI gate): Administrator, Manage Channels or
    /// Manage Server in the channel. In a DM (no guild) the user owns the conversation, so they are its admin.
    /// </summary>
    public static bool IsAdmin(DiscordInteraction interaction) =>
        interaction.GuildId is null
        || (interaction.MemberPermissions is { } p && (p & (Administrator | ManageChannels | ManageGuild)) != 0);
}
