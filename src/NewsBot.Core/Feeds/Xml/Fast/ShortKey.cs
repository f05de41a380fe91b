using System.Buffers.Binary;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>
/// Up to 16 bytes of a name or value as two numbers, for the direct-mapped caches of the fast reader. Bytes are never
/// 0 there (the fast path rejects NUL), so the length is implied by the two numbers.
/// </summary>
internal static class ShortKey
{
    public const int MaxLength = 16;

    /// <summary>The first <paramref name="length"/> of the 16 <paramref name="bytes"/>, the rest masked out.</summary>
    public static (ulong Low, ulong High) Of(ReadOnlySpan<byte> bytes, int length)
    {
        var low = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        var high = BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]);
        if (length < 8)
            return (low & ((1UL << (8 * length)) - 1), 0);
        return (low, length == 8 ? 0 : high & (ulong.MaxValue >> (8 * (MaxLength - length))));
    }

    /// <summary>A name of at most 16 bytes that may end anywhere (not followed by 16 readable bytes).</summary>
    public static (ulong Low, ulong High) Of(ReadOnlySpan<byte> name)
    {
        Span<byte> padded = stackalloc byte[MaxLength];
        padded.Clear();
        name.CopyTo(padded);
        return Of(padded, name.Length);
    }

    /// <summary>A slot in a table of 2^<paramref name="bits"/> entries.</summary>
    public static int Slot(ulong low, ulong high, int bits) =>
        (int)(((low * 0x9E3779B97F4A7C15UL) ^ (high * 0xC2B2AE3D27D4EB4FUL)) >> (64 - bits));
}
