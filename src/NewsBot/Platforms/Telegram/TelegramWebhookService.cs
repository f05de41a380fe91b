using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace NewsBot.Platforms.Telegram;

/// <summary>
/// Receives updates by webhook: Kestrel on WebhookListenAddress:WebhookPort (behind a TLS proxy for WebhookUrl),
/// requests without the right X-Telegram-Bot-Api-Secret-Token are refused, then setWebhook is called.
/// </summary>
public sealed class TelegramWebhookService(
    TelegramOptions options,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    TimeProvider time,
    ILogger<TelegramWebhookService> logger) : BackgroundService
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);
    private int _lastUpdateId = -1;
    private WebApplication? _app;

    /// <summary>The port Kestrel listens on (differs from WebhookPort when that is 0).</summary>
    public int BoundPort { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(options.WebhookListenAddress), options.WebhookPort));
        _app = builder.Build();
        _app.MapPost(new Uri(options.WebhookUrl!).AbsolutePath, ReceiveAsync);
        await _app.StartAsync(stoppingToken);
        BoundPort = new Uri(_app.Urls.First()).Port;
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await startup.RunAsync(webhook: true, stoppingToken);
                break;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Telegram setWebhook failed; retrying in {BackoffSeconds} s", backoff.TotalSeconds);
                await Task.Delay(backoff, time, stoppingToken);
                backoff = TimeSpan.FromSeconds(Math.Min(60, backoff.TotalSeconds * 2));
            }
        }
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, stoppingToken);
        }
        catch (OperationCanceledException)
        {
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        if (_app is not null)
            await _app.DisposeAsync();
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        context.Response.StatusCode = await HandleRequestAsync(context);
    }

    private async Task<int> HandleRequestAsync(HttpContext context)
    {
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString()))
            return StatusCodes.Status401Unauthorized;
        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Telegram webhook body is not an update; ignored");
            return StatusCodes.Status400BadRequest;
        }
        if (update is null)
            return StatusCodes.Status400BadRequest;
        await _oneAtATime.WaitAsync(context.RequestAborted);
        try
        {
            if (update.Id <= _lastUpdateId)
                return StatusCodes.Status200OK;
            await handler.HandleAsync(update, context.RequestAborted);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
        {
            logger.LogError(ex, "Telegram update {UpdateId} could not be handled; skipping it", update.Id);
        }
        finally
        {
            _lastUpdateId = Math.Max(_lastUpdateId, update.Id);
            _oneAtATime.Release();
        }
        return StatusCodes.Status200OK;
    }

    private bool SecretMatches(string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.WebhookSecret ?? ""));
}
