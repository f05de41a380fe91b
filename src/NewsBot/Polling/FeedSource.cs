using NewsBot.Core.Abstractions;

namespace NewsBot.Polling;

/// <summary>Gets a feed's bytes: local files directly (their modification time as validator), web URLs through the fetcher.</summary>
public sealed class FeedSource(IWebFetcher fetcher)
{
    public async Task<FetchResult> FetchAsync(Uri uri, string? etag, string? lastModified, CancellationToken ct)
    {
        if (!uri.IsFile)
            return await fetcher.FetchAsync(new FetchRequest(uri, etag, lastModified), ct);
        try
        {
            var info = new FileInfo(uri.LocalPath);
            if (!info.Exists)
                return new FetchResult { Status = FetchStatus.NetworkError, Error = $"file {uri.LocalPath} not found" };
            var stamp = info.LastWriteTimeUtc.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + info.Length;
            if (stamp == etag)
                return new FetchResult { Status = FetchStatus.NotModified, ETag = etag, FinalUrl = uri };
            var body = await File.ReadAllBytesAsync(uri.LocalPath, ct);
            return new FetchResult { Status = FetchStatus.Ok, Body = body, ETag = stamp, FinalUrl = uri, HttpStatus = 200 };
        }
        catch (IOException ex)
        {
            return new FetchResult { Status = FetchStatus.NetworkError, Error = ex.Message };
        }
    }
}
