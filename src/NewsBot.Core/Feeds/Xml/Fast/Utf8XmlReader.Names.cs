using System.Numerics;
using System.Runtime.Intrinsics;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>
/// Qualified names of tags and attributes. A feed repeats a few dozen names thousands of times, so a name of up to 16
/// bytes seen before is found from one 16-byte load: its end is the first byte that can only follow a name, and its
/// bytes are the key of a small cache holding the prefix and local name ids. A new name is scanned and checked in
/// full, then remembered.
/// </summary>
internal sealed partial class Utf8XmlReader
{
    private readonly (ulong Low, ulong High, int Prefix, int LocalName)[] _names = new (ulong, ulong, int, int)[256];

    /// <summary>Reads the qualified name at <paramref name="at"/>: returns where it ends, with its prefix and local name ids.</summary>
    private int ReadName(int at, out int prefix, out int localName)
    {
        if (at + Vector128<byte>.Count <= _end)
        {
            var bytes = _doc.AsSpan(at, Vector128<byte>.Count);
            var block = Vector128.Create(bytes);
            // A name ends at whitespace (or any control byte), '>', '/' or '='.
            var ends = Vector128.LessThanOrEqual(block, Vector128.Create((byte)' ')) | Vector128.Equals(block, Vector128.Create((byte)'>'))
                       | Vector128.Equals(block, Vector128.Create((byte)'/')) | Vector128.Equals(block, Vector128.Create((byte)'='));
            var mask = ends.ExtractMostSignificantBits();
            if (mask != 0)
            {
                var length = BitOperations.TrailingZeroCount(mask);
                var (low, high) = ShortKey.Of(bytes, length);
                ref var slot = ref _names[ShortKey.Slot(low, high, bits: 8)];
                if (length > 0 && slot.Low == low && slot.High == high)
                {
                    prefix = slot.Prefix;
                    localName = slot.LocalName;
                    return at + length;
                }
                var end = ScanName(at, out var colon);
                (prefix, localName) = SplitName(at, end, colon);
                // Only a name that ends where the quick look says it does is remembered under those bytes.
                if (end - at == length)
                    slot = (low, high, prefix, localName);
                return end;
            }
        }
        var nameEnd = ScanName(at, out var c);
        (prefix, localName) = SplitName(at, nameEnd, c);
        return nameEnd;
    }
}
