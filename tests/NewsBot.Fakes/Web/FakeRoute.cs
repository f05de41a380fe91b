namespace NewsBot.Fakes.Web;

public enum FakeEncoding { None, Gzip, Brotli }

/// <summary>One scripted answer of <see cref="FakeWebServer"/>; build with the static helpers and adjust with `with`.</summary>
public sealed record FakeRoute
{
    public int Status { get; init; } = 200;
    public byte[] Body { get; init; } = [];
    public string? ContentType { get; init; }

    /// <summary>Sent on 200; a matching If-None-Match gets 304.</summary>
    public string? ETag { get; init; }

    /// <summary>Sent on 200; an If-Modified-Since at or after it gets 304.</summary>
    public string? LastModified { get; init; }

    public string? Location { get; init; }
    public string? RetryAfter { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Content-Encoding applied to <see cref="Body"/>.</summary>
    public FakeEncoding Encoding { get; init; }

    /// <summary>Wait before answering (real time).</summary>
    public TimeSpan Delay { get; init; }

    /// <summary>Hold the request until this task completes (the test controls when).</summary>
    public Task? WaitFor { get; init; }

    /// <summary>Never answer; the request ends only when the client gives up.</summary>
    public bool Hang { get; init; }

    /// <summary>When positive, stream this many bytes of filler instead of <see cref="Body"/>.</summary>
    public long StreamedBytes { get; init; }

    /// <summary>With <see cref="StreamedBytes"/>: send Content-Length (true) or stream chunked (false).</summary>
    public bool DeclareLength { get; init; } = true;

    /// <summary>When positive, a gzip body of this many zero bytes, a few KB per MB on the wire.</summary>
    public long BombBytes { get; init; }

    public static FakeRoute Text(string body, string contentType) =>
        new() { Body = System.Text.Encoding.UTF8.GetBytes(body), ContentType = contentType };

    public static FakeRoute Feed(string xml) => Text(xml, "application/rss+xml; charset=utf-8");

    public static FakeRoute Html(string html) => Text(html, "text/html; charset=utf-8");

    public static FakeRoute WithStatus(int status, string? retryAfter = null) =>
        new() { Status = status, RetryAfter = retryAfter, Body = Utf8($"status {status}"), ContentType = "text/plain" };

    public static FakeRoute Redirect(int status, string location) => new() { Status = status, Location = location };

    public static FakeRoute Hanging() => new() { Hang = true };

    public static FakeRoute Huge(long bytes, bool declareLength = true) =>
        new() { StreamedBytes = bytes, DeclareLength = declareLength, ContentType = "application/xml" };

    public static FakeRoute Bomb(long decompressedBytes) =>
        new() { BombBytes = decompressedBytes, ContentType = "application/rss+xml" };

    private static byte[] Utf8(string s) => System.Text.Encoding.UTF8.GetBytes(s);
}
