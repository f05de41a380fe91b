using System.IO.Compression;

namespace NewsBot.Fakes.Web;

/// <summary>Body encodings for <see cref="FakeWebServer"/>: gzip/brotli and a streamed gzip bomb.</summary>
internal static class FakeBodies
{
    private const int MegaByte = 1024 * 1024;

    /// <summary>One gzip member holding 1 MB of zeros (about 1 KB); gzip readers join concatenated members.</summary>
    private static readonly Lazy<byte[]> ZeroMegabyteMember = new(() => Encode(new byte[MegaByte], FakeEncoding.Gzip));

    public static byte[] Encode(byte[] body, FakeEncoding encoding)
    {
        if (encoding == FakeEncoding.None)
            return body;
        using var output = new MemoryStream();
        using (Stream compressor = encoding == FakeEncoding.Gzip
                   ? new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)
                   : new BrotliStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            compressor.Write(body);
        return output.ToArray();
    }

    public static string HeaderValue(FakeEncoding encoding) => encoding == FakeEncoding.Gzip ? "gzip" : "br";

    /// <summary>Writes gzip members until <paramref name="decompressedBytes"/> (rounded up to a MB) would come out.</summary>
    public static async Task WriteBombAsync(Stream output, long decompressedBytes, CancellationToken ct)
    {
        var member = ZeroMegabyteMember.Value;
        for (long written = 0; written < decompressedBytes; written += MegaByte)
            await output.WriteAsync(member, ct);
    }

    /// <summary>Writes <paramref name="bytes"/> of filler in 64 KB chunks without holding them all.</summary>
    public static async Task WriteFillerAsync(Stream output, long bytes, CancellationToken ct)
    {
        var chunk = new byte[64 * 1024];
        Array.Fill(chunk, (byte)'x');
        for (var left = bytes; left > 0; left -= chunk.Length)
            await output.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, left)), ct);
    }
}
