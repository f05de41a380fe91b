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
        // Text of the common kind goes through the one-pass decoder whatever it holds (GetString would count first).
        if (!attribute && !lineBreaks && entities)
        {
            var count = DecodeInto(raw, attribute, ref buffer, entities, lineBreaks);
            return new string(buffer, 0, count);
        }
        if (raw.IndexOfAny(Specials(attribute, lineBreaks)) < 0)
            return Encoding.UTF8.GetString(raw);
        var written = DecodeInto(raw, attribute, ref buffer, entities, lineBreaks);
        return new string(buffer, 0, written);
    }

    /// <summary>Decodes into <paramref name="buffer"/> (grown as needed); returns the number of chars written.</summary>
    public static int DecodeInto(ReadOnlySpan<byte> raw, bool attribute, ref char[] buffer, bool entities = true, bool lineBreaks = true)
    {
        // Decoded text is never longer in chars than the UTF-8 bytes it comes from (16 more: room for a whole vector).
        if (buffer.Length < raw.Length + Vector128<byte>.Count)
            buffer = new char[Math.Max(raw.Length + Vector128<byte>.Count, buffer.Length * 2)];
        // Text with no carriage return (nearly all) only stops at references.
        if (!attribute && !lineBreaks && entities)
            return DecodeReferences(raw, buffer);
        var specials = Specials(attribute, lineBreaks);
        var into = buffer.AsSpan();
        var written = 0;
        while (raw.Length > 0)
        {
            var at = raw.IndexOfAny(specials);
            var run = at < 0 ? raw : raw[..at];
            written += Widen(run, into[written..]);
            if (at < 0)
                break;
            raw = raw[at..];
            switch (raw[0])
            {
                case (byte)'&' when entities:
                    written += Entity(ref raw, into[written..]);
                    break;
                case (byte)'&':
                    into[written++] = '&';
                    raw = raw[1..];
                    break;
                case (byte)'\r':
                    into[written++] = attribute ? ' ' : '\n';
                    raw = raw.Length > 1 && raw[1] == '\n' ? raw[2..] : raw[1..];
                    break;
                default:
                    into[written++] = ' ';
                    raw = raw[1..];
                    break;
            }
        }
        return written;
    }

    /// <summary>
    /// Text whose only specials are references: 16 bytes at a time are widened to chars and stored whole; where the
    /// block holds a reference or a non-ASCII byte, only the part before it counts and the rest is written over.
    /// </summary>
    private static int DecodeReferences(ReadOnlySpan<byte> raw, char[] buffer)
    {
        var into = buffer.AsSpan();
        ref var source = ref MemoryMarshal.GetReference(raw);
        ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(buffer));
        var ampersand = Vector128.Create((byte)'&');
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
                var stops = (Vector128.Equals(block, ampersand) | (block & nonAscii)).ExtractMostSignificantBits();
                if (stops == 0)
                {
                    read += Vector128<byte>.Count;
                    written += Vector128<byte>.Count;
                    continue;
                }
                var plain = BitOperations.TrailingZeroCount(stops);
                read += plain;
                written += plain;
            }
            else
            {
                while (read < raw.Length && raw[read] is < 0x80 and not (byte)'&')
                    into[written++] = (char)raw[read++];
                if (read == raw.Length)
                    break;
            }
            var rest = raw[read..];
            if (rest[0] == '&')
                written += Entity(ref rest, into[written..]);
            else
            {
                // A stretch of non-ASCII bytes is whole characters (valid UTF-8): decode it up to the next ASCII byte.
                var end = rest.IndexOfAnyInRange((byte)0, (byte)0x7F);
                var stretch = end < 0 ? rest : rest[..end];
                written += Encoding.UTF8.GetChars(stretch, into[written..]);
                rest = rest[stretch.Length..];
            }
            read = raw.Length - rest.Length;
        }
        return written;
    }

    /// <summary>A run of UTF-8 without specials to UTF-16: short ASCII runs (between entities) byte by byte, the rest by the decoder.</summary>
    private static int Widen(ReadOnlySpan<byte> run, Span<char> into)
    {
        if (run.Length > 24)
            return Encoding.UTF8.GetChars(run, into);
        for (var i = 0; i < run.Length; i++)
        {
            var b = run[i];
            if (b >= 0x80)
                return i + Encoding.UTF8.GetChars(run[i..], into[i..]);
            into[i] = (char)b;
        }
        return run.Length;
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
