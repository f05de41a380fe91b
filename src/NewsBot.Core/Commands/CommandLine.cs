namespace NewsBot.Core.Commands;

/// <summary>Splits "/name@bot args" text into a command name and its argument text.</summary>
public static class CommandLine
{
    /// <returns>false when the text is not a command, or is addressed to another bot.</returns>
    public static bool TryParse(string text, string? botUsername, out string name, out string arguments)
    {
        name = "";
        arguments = "";
        var trimmed = text.TrimStart();
        if (trimmed.Length < 2 || trimmed[0] != '/')
            return false;
        var end = 1;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
            end++;
        var head = trimmed[1..end];
        var at = head.IndexOf('@');
        if (at >= 0)
        {
            var target = head[(at + 1)..];
            if (botUsername is not null && !string.Equals(target, botUsername, StringComparison.OrdinalIgnoreCase))
                return false;
            head = head[..at];
        }
        if (head.Length == 0)
            return false;
        name = head.ToLowerInvariant();
        arguments = trimmed[end..].Trim();
        return true;
    }
}
