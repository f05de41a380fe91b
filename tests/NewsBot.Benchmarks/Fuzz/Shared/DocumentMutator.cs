using System.Text;

namespace NewsBot.Fuzzing;

/// <summary>The ways a seed document is damaged before it is parsed.</summary>
public enum Mutation { ByteFlips, Truncate, NestingBomb, HugeAttribute, InvalidEncoding, Splice, MarkupNoise, Stacked }

/// <summary>Damages a seed document deterministically from a Random (the same seed gives the same bytes).</summary>
public static class DocumentMutator
{
    private static readonly string[] Noise =
    [
        "<", ">", "&", "&amp;", "&#0;", "&#xD800;", "&#99999999;", "&bogus;", "<![CDATA[", "]]>", "<!--", "-->", "\"", "'", "\u201C", "\u201D",
        "<br/>", "</item>", "<item>", "<entry>", "</channel>", "{", "}", "[", "]", ":", ",", "\\u0000", "\0", "\uFEFF", "\u202E",
        "<script>alert(1)</script>", "javascript:alert(1)", "@everyone", "<@123>", "<b>", "</a>", "\r\n", "\t", "\u00A0",
        "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "&a;",
    ];

    public static byte[] Mutate(byte[] seed, Random rng, Mutation? kind = null)
    {
        var m = kind ?? (Mutation)rng.Next(Enum.GetValues<Mutation>().Length);
        return m switch
        {
            Mutation.ByteFlips => ByteFlips(seed, rng),
            Mutation.Truncate => seed.Length == 0 ? seed : seed[..rng.Next(seed.Length)],
            Mutation.NestingBomb => Insert(seed, rng, NestingBomb(rng)),
            Mutation.HugeAttribute => Insert(seed, rng, HugeAttribute(rng)),
            Mutation.InvalidEncoding => Insert(seed, rng, InvalidBytes(rng)),
            Mutation.Splice => Splice(seed, rng),
            Mutation.MarkupNoise => Insert(seed, rng, Encoding.UTF8.GetBytes(Noise[rng.Next(Noise.Length)])),
            _ => Mutate(Mutate(seed, rng), rng, (Mutation)rng.Next((int)Mutation.Stacked)),
        };
    }

    private static byte[] ByteFlips(byte[] seed, Random rng)
    {
        var copy = (byte[])seed.Clone();
        if (copy.Length == 0)
            return copy;
        var flips = 1 + rng.Next(Math.Max(1, copy.Length / 100));
        for (var i = 0; i < flips; i++)
            copy[rng.Next(copy.Length)] ^= (byte)(1 << rng.Next(8));
        return copy;
    }

    private static byte[] Insert(byte[] seed, Random rng, byte[] piece)
    {
        var at = seed.Length == 0 ? 0 : rng.Next(seed.Length + 1);
        var result = new byte[seed.Length + piece.Length];
        seed.AsSpan(0, at).CopyTo(result);
        piece.CopyTo(result.AsSpan(at));
        seed.AsSpan(at).CopyTo(result.AsSpan(at + piece.Length));
        return result;
    }

    private static byte[] NestingBomb(Random rng)
    {
        var depth = 500 + rng.Next(8000);
        var (open, close) = rng.Next(4) switch
        {
            0 => ("<div>", "</div>"),
            1 => ("<x:a xmlns:x=\"u\">", "</x:a>"),
            2 => ("[", "]"),
            _ => ("{\"a\":", "}"),
        };
        var closeToo = rng.Next(2) == 0;
        var sb = new StringBuilder(depth * (open.Length + (closeToo ? close.Length : 0)));
        for (var i = 0; i < depth; i++)
            sb.Append(open);
        sb.Append("\u201CBomb quote,\u201D said Someone.");
        if (closeToo)
        {
            for (var i = 0; i < depth; i++)
                sb.Append(close);
        }
        return Encoding.UTF8.GetBytes(sb.ToString());
    }

    private static byte[] HugeAttribute(Random rng)
    {
        var length = 10_000 + rng.Next(300_000);
        var fill = rng.Next(3) switch { 0 => 'a', 1 => '&', _ => '\u201C' };
        return Encoding.UTF8.GetBytes($"<a href=\"https://x.test/{new string(fill, length)}\" title=\"{new string('t', length / 10)}\">link</a>");
    }

    private static byte[] InvalidBytes(Random rng)
    {
        byte[][] bad =
        [
            [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB, 0xBF],
            [0x80], [0xE2, 0x80], [0x00, 0x00, 0xFE, 0xFF], [0xF4, 0x90, 0x80, 0x80],
        ];
        var count = 1 + rng.Next(20);
        return Enumerable.Range(0, count).SelectMany(_ => bad[rng.Next(bad.Length)]).ToArray();
    }

    private static byte[] Splice(byte[] seed, Random rng)
    {
        if (seed.Length < 2)
            return seed;
        var start = rng.Next(seed.Length);
        var length = rng.Next(Math.Min(seed.Length - start, 4096)) + 1;
        var piece = seed.AsSpan(start, length).ToArray();
        var times = 1 + rng.Next(50);
        var copies = Enumerable.Range(0, times).SelectMany(_ => piece).ToArray();
        return Insert(seed, rng, copies);
    }
}
