using System.Buffers;

namespace NewsBot.Core.Feeds.Xml.Fast;

/// <summary>
/// What the fast path needs to know about a whole document, found in one or two vector passes over its bytes so that
/// no value has to look again: NUL bytes (left to the text path), carriage returns (line ends to normalize), "]]>"
/// (an error in text) and C1 control characters (to repair as windows-1252).
/// </summary>
internal readonly record struct DocumentTraits(bool HasNul, bool HasCarriageReturn, bool MayHaveCdataEnd, bool MayHaveC1)
{
    // The rare ASCII bytes behind the traits: most documents have none of them, and one search says so.
    private static readonly SearchValues<byte> Rare = SearchValues.Create("\0\r]#"u8);

    public static DocumentTraits Of(ReadOnlySpan<byte> doc)
    {
        if (doc.IndexOfAny(Rare) < 0)
            return new DocumentTraits(false, false, false, HasC1Bytes(doc));
        return new DocumentTraits(
            HasNul: doc.Contains((byte)0),
            HasCarriageReturn: doc.Contains((byte)'\r'),
            MayHaveCdataEnd: doc.Contains((byte)']') && doc.IndexOf("]]>"u8) >= 0,
            MayHaveC1: (doc.Contains((byte)'#') && doc.IndexOf("&#"u8) >= 0) || HasC1Bytes(doc));
    }

    /// <summary>U+0080-U+009F in UTF-8 is 0xC2 followed by 0x80-0x9F.</summary>
    private static bool HasC1Bytes(ReadOnlySpan<byte> doc)
    {
        while (true)
        {
            var i = doc.IndexOf((byte)0xC2);
            if (i < 0 || i + 1 >= doc.Length)
                return false;
            if (doc[i + 1] is >= 0x80 and <= 0x9F)
                return true;
            doc = doc[(i + 1)..];
        }
    }
}
