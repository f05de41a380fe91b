using System.Globalization;

namespace NewsBot.Benchmarks;

/// <summary>Reads `--name value` options of a harness.</summary>
internal static class HarnessArgs
{
    public static int Int(string[] args, string name, int fallback) =>
        Value(args, name) is { } v && int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    public static double Double(string[] args, string name, double fallback) =>
        Value(args, name) is { } v && double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    private static string? Value(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
