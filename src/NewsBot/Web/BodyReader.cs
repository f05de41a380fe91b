using System.Buffers;

namespace NewsBot.Web;

/// <summary>
/// Reads a response body with a running byte count on the (already decompressed) stream, so a body over the cap,
/// declared or not, and a decompression bomb both stop at the cap without buffering the rest.
/// </summary>
internal static class BodyReader
{
    private const int ChunkSize = 64 * 1024;

    /// <summary>The body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadCappedAsync(HttpContent content, long maxBytes, CancellationToken ct)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
            return null;
        await using var stream = await content.ReadAsStreamAsync(ct);
        using var buffer = new MemoryStream((int)Math.Min(declared ?? ChunkSize, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), ct)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                    return null;
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
