using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Abstractions;
using Quartz;

namespace NewsBot.Observability;

/// <summary>Section "Health": the HTTP port of /healthz, /readyz and /metrics (0 = off).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";
    public int Port { get; set; }
    /// <summary>Listen address: 127.0.0.1 (default) or * for all interfaces (containers).</summary>
    public string Address { get; set; } = "127.0.0.1";
}

/// <summary>Platforms that keep a connection (Discord gateway, Telegram polling) say whether it is up, for /readyz.</summary>
public interface IPlatformHealth
{
    string Name { get; }
    bool IsConnected { get; }
}

/// <summary>Serves /healthz (alive), /readyz (database, scheduler, platforms) and /metrics (Prometheus text) with Kestrel.</summary>
public sealed class HealthServer(
    IOptions<HealthOptions> options,
    INewsStore store,
    ISchedulerFactory schedulers,
    IEnumerable<IPlatformHealth> platforms,
    PrometheusExporter exporter,
    ILogger<HealthServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Port <= 0)
            return;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{options.Value.Address}:{options.Value.Port}");
        _app = builder.Build();
        _app.MapGet("/healthz", () => Results.Text("ok\n"));
        _app.MapGet("/readyz", ReadyAsync);
        _app.MapGet("/metrics", MetricsAsync);
        await _app.StartAsync(cancellationToken);
        Address = new Uri(_app.Urls.First());
        logger.LogInformation("Health endpoints on {HealthUrl}", Address);
    }

    private async Task<IResult> ReadyAsync(CancellationToken ct)
    {
        var problems = new List<string>();
        try
        {
            await store.CountsAsync(ct);
        }
        catch (Exception ex)
        {
            problems.Add("database: " + ex.Message);
        }
        var scheduler = await schedulers.GetScheduler(ct);
        if (scheduler.Status != SchedulerStatus.Running)
            problems.Add("scheduler: not running");
        problems.AddRange(platforms.Where(p => !p.IsConnected).Select(p => $"{p.Name}: not connected"));
        return problems.Count == 0 ? Results.Text("ready\n") : Results.Text(string.Join('\n', problems) + "\n", statusCode: 503);
    }

    private async Task<IResult> MetricsAsync(CancellationToken ct)
    {
        var counts = await store.CountsAsync(ct);
        var gauges = new Dictionary<string, double>
        {
            ["newsbot_outbox_pending"] = counts.Pending,
            ["newsbot_outbox_parked"] = counts.Parked,
        };
        return Results.Text(exporter.Render(gauges), "text/plain; version=0.0.4");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
            await _app.StopAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
            await _app.DisposeAsync();
    }
}
