using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Xml;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>
/// Text and attribute values from valid UTF-8 bytes as XmlReader reports them: the five predefined entities and
/// character references expanded, line ends normalized to '\n', and (in attribute values) literal tabs and line
/// ends turned into spaces. Any other entity is an error: the caller falls back to the repairing reader.
/// </summary>
internal static class Utf8Values
{
    private static readonly SearchValues<byte> TextSpecials = SearchValues.Create("&\r"u8);
    private static readonly SearchValues<byte> AttributeSpecials = SearchValues.Create("&\r\n\t"u8);
    private static readonly SearchValues<byte> Ampersand = SearchValues.Create("&"u8);

    /// <summary>True when the raw value needs more than UTF-8 decoding.</summary>
    /// <param name="lineBreaks">False when the document has no carriage return at all (so text need not look for one).</param>
    public static bool NeedsWork(ReadOnlySpan<byte> raw, bool attribute, bool lineBreaks = true) =>
        raw.IndexOfAny(Specials(attribute, lineBreaks)) >= 0;

    private static SearchValues<byte> Specials(bool attribute, bool lineBreaks) =>
        attribute ? AttributeSpecials : lineBreaks ? TextSpecials : Ampersand;

    /// <param name="buffer">Scratch space, grown as needed and kept by the caller for the next value.</param>
    public static string Decode(ReadOnlySpan<byte> raw, bool attribute, ref char[] buffer, bool entities = true, bool lineBreaks = true)
    {
        var count = DecodeInto(raw, attribute, ref buffer, entities, lineBreaks);
        return new string(buffer, 0, count);
    }

    /// <summary>
    /// Decodes into <paramref name="buffer"/> (grown as needed) and returns the number of chars written, in one pass:
    /// 16 bytes at a time are widened to chars and stored whole; where the block holds a byte that needs more (a
    /// reference, a line end to normalize, a non-ASCII byte), only the part before it counts and the rest is written
    /// over. <paramref name="lineBreaks"/> false says the value holds no carriage return (known for the whole document).
    /// </summary>
    public static int DecodeInto(ReadOnlySpan<byte> raw, bool attribute, ref char[] buffer, bool entities = true, bool lineBreaks = true)
    {
        // Decoded text is never longer in chars than the UTF-8 bytes it comes from (16 more: room for a whole vector).
        if (buffer.Length < raw.Length + Vector128<byte>.Count)
            buffer = new char[Math.Max(raw.Length + Vector128<byte>.Count, buffer.Length * 2)];
        var into = buffer.AsSpan();
        ref var source = ref MemoryMarshal.GetReference(raw);
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(buffer));
        var cr = attribute || lineBreaks;
        // A byte that never occurs (the fast path has no NUL) stands for a special that does not apply.
        var ampersand = Vector128.Create(entities ? (byte)'&' : (byte)0);
        var carriageReturn = Vector128.Create(cr ? (byte)'\r' : (byte)0);
        var lineFeed = Vector128.Create(attribute ? (byte)'\n' : (byte)0);
        var tab = Vector128.Create(attribute ? (byte)'\t' : (byte)0);
        var nonAscii = Vector128.Create((byte)0x80);
        int read = 0, written = 0;
        while (read < raw.Length)
        {
            if (read + Vector128<byte>.Count <= raw.Length)
            {
                var block = Vector128.LoadUnsafe(ref source, (nuint)read);
                var (low, high) = Vector128.Widen(block);
                low.StoreUnsafe(ref target, (nuint)written);
                high.StoreUnsafe(ref target, (nuint)(written + Vector128<ushort>.Count));
                var stops = Vector128.Equals(block, ampersand) | Vector128.Equals(block, carriageReturn) | (block & nonAscii);
                if (attribute)
                    stops |= Vector128.Equals(block, lineFeed) | Vector128.Equals(block, tab);
                var mask = stops.ExtractMostSignificantBits();
                if (mask == 0)
                {
                    read += Vector128<byte>.Count;
                    written += Vector128<byte>.Count;
                    continue;
                }
                var plain = BitOperations.TrailingZeroCount(mask);
                read += plain;
                written += plain;
            }
            else
            {
                while (read < raw.Length && !IsSpecial(raw[read], attribute, entities, cr))
                    into[written++] = (char)raw[read++];
                if (read == raw.Length)
                    break;
            }
            var rest = raw[read..];
            written += Special(ref rest, into[written..], attribute, entities, cr);
            read = raw.Length - rest.Length;
        }
        return written;
    }

    private static bool IsSpecial(byte b, bool attribute, bool entities, bool cr) =>
        b >= 0x80 || (b == '&' && entities) || (b == '\r' && cr) || (attribute && b is (byte)'\n' or (byte)'\t') || b == 0;

    /// <summary>Decodes what needs more than widening at the start of <paramref name="rest"/> and moves past it.</summary>
    private static int Special(ref ReadOnlySpan<byte> rest, Span<char> into, bool attribute, bool entities, bool cr)
    {
        var b = rest[0];
        if (b == '&' && entities)
            return Entity(ref rest, into);
        if (b == '\r' && cr)
        {
            // Line ends become '\n' (a space in attribute values), CR LF counting as one.
            into[0] = attribute ? ' ' : '\n';
            rest = rest.Length > 1 && rest[1] == '\n' ? rest[2..] : rest[1..];
            return 1;
        }
        if (b < 0x80)
        {
            // A tab or line feed in an attribute value is a space; anything else (NUL, matched as "no special") is itself.
            into[0] = attribute && b is (byte)'\n' or (byte)'\t' ? ' ' : (char)b;
            rest = rest[1..];
            return 1;
        }
        // A stretch of non-ASCII bytes is whole characters (valid UTF-8): decode it up to the next ASCII byte.
        var end = rest.IndexOfAnyInRange((byte)0, (byte)0x7F);
        var stretch = end < 0 ? rest : rest[..end];
        rest = rest[stretch.Length..];
        return Encoding.UTF8.GetChars(stretch, into);
    }

    /// <summary>Expands the reference at the start of <paramref name="raw"/> and moves past it.</summary>
    private static int Entity(ref ReadOnlySpan<byte> raw, Span<char> into)
    {
        // The references escaped HTML is made of, recognised without a search.
        if (raw.Length >= 4 && raw[3] == ';' && raw[2] == 't' && raw[1] is (byte)'l' or (byte)'g')
        {
            into[0] = raw[1] == 'l' ? '<' : '>';
            raw = raw[4..];
            return 1;
        }
        if (raw.Length >= 5 && raw[4] == ';' && raw[1] == 'a' && raw[2] == 'm' && raw[3] == 'p')
        {
            into[0] = '&';
            raw = raw[5..];
            return 1;
        }
        var semi = 2;
        while (semi < raw.Length && semi < 12 && raw[semi] != ';')
            semi++;
        if (semi >= raw.Length || raw[semi] != ';')
            throw new XmlException("fast reader: '&' that does not start a reference");
        var name = raw[1..semi];
        raw = raw[(semi + 1)..];
        if (name[0] == '#')
            return CharacterReference(name[1..], into);
        into[0] = name switch
        {
            [(byte)'l', (byte)'t'] => '<',
            [(byte)'g', (byte)'t'] => '>',
            [(byte)'a', (byte)'m', (byte)'p'] => '&',
            [(byte)'q', (byte)'u', (byte)'o', (byte)'t'] => '"',
            [(byte)'a', (byte)'p', (byte)'o', (byte)'s'] => '\'',
            _ => throw new XmlException("fast reader: entity other than the five predefined ones"),
        };
        return 1;
    }

    private static int CharacterReference(ReadOnlySpan<byte> digits, Span<char> into)
    {
        var hex = digits.Length > 0 && digits[0] == 'x';
        if (hex)
            digits = digits[1..];
        if (digits.Length == 0)
            throw new XmlException("fast reader: empty character reference");
        var value = 0;
        foreach (var d in digits)
        {
            var v = d is >= (byte)'0' and <= (byte)'9' ? d - '0'
                : hex && d is >= (byte)'a' and <= (byte)'f' ? d - 'a' + 10
                : hex && d is >= (byte)'A' and <= (byte)'F' ? d - 'A' + 10
                : -1;
            if (v < 0 || value > 0x10FFFF)
                throw new XmlException("fast reader: malformed character reference");
            value = value * (hex ? 16 : 10) + v;
        }
        // Characters XML forbids, and surrogates, are left to the repairing reader.
        if (value is < 0x20 and not (0x9 or 0xA or 0xD) || value is >= 0xD800 and <= 0xDFFF || value is 0xFFFE or 0xFFFF || value > 0x10FFFF)
            throw new XmlException("fast reader: character reference to a character XML does not allow");
        return new Rune(value).EncodeToUtf16(into);
    }
}
