using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NewsBot.Fakes.Web;

/// <summary>
/// A scriptable feed/page server on 127.0.0.1 (Kestrel, port 0). Routes are scripted per path with
/// <see cref="Map"/>; <see cref="ServeFeeds"/> adds N generated feeds. It counts requests per path, keeps
/// the last request's headers, and records the most requests it saw in flight at once per Host.
/// </summary>
public sealed class FakeWebServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, FakeRoute> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _lastHeaders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, InFlightCounter> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly InFlightCounter _overall = new();
    private GeneratedFeeds? _feeds;

    private FakeWebServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<FakeWebServer> StartAsync(CancellationToken ct = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeWebServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path);

    /// <summary>Scripts (or re-scripts) the answer for <paramref name="path"/>, e.g. "/feed.xml".</summary>
    public FakeWebServer Map(string path, FakeRoute route)
    {
        _routes[path] = route;
        return this;
    }

    /// <summary>Serves /feeds/{i}.xml for i below <paramref name="count"/> and their /articles/... pages.</summary>
    public GeneratedFeeds ServeFeeds(int count, double notModifiedFraction, int itemsPerFeed = 5) =>
        _feeds = new GeneratedFeeds(count, notModifiedFraction, itemsPerFeed);

    public int RequestCount(string path) => _counts.GetValueOrDefault(path);

    public int TotalRequests => _counts.Values.Sum();

    public IReadOnlyDictionary<string, string>? LastRequestHeaders(string path) => _lastHeaders.GetValueOrDefault(path);

    /// <summary>The most requests seen in flight at once for a Host header's host name (e.g. "127.0.0.1").</summary>
    public int MaxConcurrent(string host) => _hosts.TryGetValue(host, out var c) ? c.Max : 0;

    /// <summary>The most requests seen in flight at once across all hosts.</summary>
    public int MaxConcurrentOverall => _overall.Max;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _counts.AddOrUpdate(path, 1, (_, n) => n + 1);
        _lastHeaders[path] = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var counter = _hosts.GetOrAdd(context.Request.Host.Host, _ => new InFlightCounter());
        counter.Enter();
        _overall.Enter();
        try
        {
            var route = _routes.GetValueOrDefault(path) ?? _feeds?.Resolve(path, BaseUrl);
            if (route is null)
                context.Response.StatusCode = 404;
            else
                await AnswerAsync(context, route, context.RequestAborted);
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The client gave up (time-out, size cap); nothing more to send.
        }
        finally
        {
            _overall.Exit();
            counter.Exit();
        }
    }

    private static async Task AnswerAsync(HttpContext context, FakeRoute route, CancellationToken aborted)
    {
        if (route.Delay > TimeSpan.Zero)
            await Task.Delay(route.Delay, aborted);
        if (route.WaitFor is not null)
            await route.WaitFor.WaitAsync(aborted);
        if (route.Hang)
            await Task.Delay(Timeout.Infinite, aborted);
        var response = context.Response;
        if (IsNotModified(context.Request, route))
        {
            response.StatusCode = 304;
            SetValidators(response, route);
            return;
        }
        response.StatusCode = route.Status;
        SetValidators(response, route);
        if (route.Location is not null)
            response.Headers.Location = route.Location;
        if (route.RetryAfter is not null)
            response.Headers.RetryAfter = route.RetryAfter;
        foreach (var (name, value) in route.Headers)
            response.Headers[name] = value;
        if (route.ContentType is not null)
            response.ContentType = route.ContentType;
        await WriteBodyAsync(response, route, aborted);
    }

    private static async Task WriteBodyAsync(HttpResponse response, FakeRoute route, CancellationToken aborted)
    {
        if (route.BombBytes > 0)
        {
            response.Headers.ContentEncoding = "gzip";
            await FakeBodies.WriteBombAsync(response.Body, route.BombBytes, aborted);
        }
        else if (route.StreamedBytes > 0)
        {
            if (route.DeclareLength)
                response.ContentLength = route.StreamedBytes;
            await FakeBodies.WriteFillerAsync(response.Body, route.StreamedBytes, aborted);
        }
        else if (route.Body.Length > 0)
        {
            var body = FakeBodies.Encode(route.Body, route.Encoding);
            if (route.Encoding != FakeEncoding.None)
                response.Headers.ContentEncoding = FakeBodies.HeaderValue(route.Encoding);
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, aborted);
        }
    }

    private static bool IsNotModified(HttpRequest request, FakeRoute route)
    {
        if (route.Status != 200)
            return false;
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (route.ETag is not null && ifNoneMatch.Length > 0)
            return ifNoneMatch.Split(',').Any(t => t.Trim() == route.ETag || t.Trim() == "*");
        return route.LastModified is not null
            && DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
            && DateTimeOffset.TryParse(route.LastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var modified)
            && modified <= since;
    }

    private static void SetValidators(HttpResponse response, FakeRoute route)
    {
        if (route.ETag is not null)
            response.Headers.ETag = route.ETag;
        if (route.LastModified is not null)
            response.Headers.LastModified = route.LastModified;
    }

    private sealed class InFlightCounter
    {
        private int _current;
        private int _max;

        public int Max => Volatile.Read(ref _max);

        public void Enter()
        {
            var now = Interlocked.Increment(ref _current);
            int seen;
            while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
            {
            }
        }

        public void Exit() => Interlocked.Decrement(ref _current);
    }
}
