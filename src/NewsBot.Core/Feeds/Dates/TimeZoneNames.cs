using System.Collections.Frozen;

namespace NewsBot.Core.Feeds.Dates;

/// <summary>Time-zone abbreviations seen in feeds, as offsets in minutes east of UTC.</summary>
internal static class TimeZoneNames
{
    private static readonly FrozenDictionary<string, int> Offsets = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = 0, ["UTC"] = 0, ["GMT"] = 0, ["Z"] = 0, ["WET"] = 0, ["WEST"] = 60, ["BST"] = 60,
        ["CET"] = 60, ["CEST"] = 120, ["MET"] = 60, ["MEST"] = 120, ["MEZ"] = 60, ["MESZ"] = 120,
        ["EET"] = 120, ["EEST"] = 180, ["MSK"] = 180, ["MSD"] = 240, ["SAST"] = 120, ["CAT"] = 120, ["EAT"] = 180, ["WAT"] = 60,
        ["EST"] = -300, ["EDT"] = -240, ["CST"] = -360, ["CDT"] = -300, ["MST"] = -420, ["MDT"] = -360,
        ["PST"] = -480, ["PDT"] = -420, ["AKST"] = -540, ["AKDT"] = -480, ["HST"] = -600, ["HAST"] = -600, ["HADT"] = -540,
        ["AST"] = -240, ["ADT"] = -180, ["NST"] = -210, ["NDT"] = -150, ["BRT"] = -180, ["ART"] = -180,
        ["IST"] = 330, ["PKT"] = 300, ["ICT"] = 420, ["WIB"] = 420, ["SGT"] = 480, ["HKT"] = 480, ["PHT"] = 480, ["AWST"] = 480,
        ["JST"] = 540, ["KST"] = 540, ["ACST"] = 570, ["ACDT"] = 630, ["AEST"] = 600, ["AEDT"] = 660,
        ["NZST"] = 720, ["NZDT"] = 780,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Offset of a named zone or single military letter (A..I = +1..+9, K..M = +10..+12, N..Y = -1..-12, Z = 0).</summary>
    public static bool TryGetOffset(ReadOnlySpan<char> name, out int minutes)
    {
        if (name.Length == 1 && char.IsAsciiLetter(name[0]))
        {
            var c = char.ToUpperInvariant(name[0]);
            minutes = c switch
            {
                'Z' => 0,
                >= 'A' and <= 'I' => (c - 'A' + 1) * 60,
                >= 'K' and <= 'M' => (c - 'K' + 10) * 60,
                >= 'N' and <= 'Y' => -(c - 'N' + 1) * 60,
                _ => int.MinValue,
            };
            return minutes != int.MinValue;
        }
        var lookup = Offsets.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(name, out minutes);
    }
}
