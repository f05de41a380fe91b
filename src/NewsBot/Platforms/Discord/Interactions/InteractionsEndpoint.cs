using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NewsBot.Platforms.Discord.Interactions;

/// <summary>
/// Discord's HTTP interactions endpoint (the scale-out alternative to the gateway, so command traffic can be spread
/// over instances behind a load balancer): POST /discord/interactions, Ed25519-verified (401 otherwise), PING answered
/// with PONG, commands acknowledged with 202 and answered through the same handler as gateway interactions.
/// </summary>
internal sealed class InteractionsEndpoint(
    DiscordOptions options,
    InteractionHandler handler,
    IHostApplicationLifetime lifetime,
    ILogger<InteractionsEndpoint> logger) : IHostedService, IAsyncDisposable
{
    public const string Path = "/discord/interactions";
    private readonly InteractionSignature _signature = new(options.PublicKey!);
    private WebApplication? _app;

    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://{options.InteractionsAddress}:{options.InteractionsPort}");
        _app = builder.Build();
        _app.MapPost(Path, HandleAsync);
        await _app.StartAsync(cancellationToken);
        Address = new Uri(new Uri(_app.Urls.First()), Path);
        logger.LogInformation("Discord interactions endpoint on {InteractionsUrl}", Address);
    }

    private async Task<IResult> HandleAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var body = buffer.ToArray();
        if (!_signature.IsValid(request.Headers["X-Signature-Ed25519"], request.Headers["X-Signature-Timestamp"], body))
            return Results.Text("invalid request signature", statusCode: 401);
        JsonElement data;
        try
        {
            data = JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }
        if (data.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() == DiscordInteraction.Ping)
            return Results.Json(new { type = 1 });
        // Answered through the callback endpoint within Discord's 3 s, exactly as gateway interactions are.
        _ = Task.Run(async () =>
        {
            try
            {
                await handler.HandleAsync(data, lifetime.ApplicationStopping);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Discord HTTP interaction failed");
            }
        });
        return Results.StatusCode(202);
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
