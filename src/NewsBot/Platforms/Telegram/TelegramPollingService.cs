using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace NewsBot.Platforms.Telegram;

/// <summary>
/// Receives updates by long polling with its own getUpdates loop: deleteWebhook and getMe first, then the offset
/// moves past an update only once it was handled (or deliberately skipped after its handler failed). Errors back
/// off from 1 s to 60 s; a rejected token stops the loop.
/// </summary>
public sealed class TelegramPollingService(
    ITelegramBotClient bot,
    TelegramOptions options,
    TelegramStartup startup,
    TelegramUpdateHandler handler,
    TimeProvider time,
    ILogger<TelegramPollingService> logger) : BackgroundService
{
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.ChannelPost, UpdateType.MyChatMember];
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromSeconds(1);

    private int _offset;
    private int _confirmed;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = FirstBackoff;
        var started = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!started)
                {
                    await startup.RunAsync(webhook: false, stoppingToken);
                    started = true;
                }
                var updates = await bot.GetUpdates(offset: _offset, limit: 100, timeout: options.PollTimeoutSeconds,
                    allowedUpdates: AllowedUpdates, cancellationToken: stoppingToken);
                _confirmed = _offset;
                backoff = FirstBackoff;
                foreach (var update in updates.Where(u => u.Id >= _offset).OrderBy(u => u.Id))
                {
                    await HandleOneAsync(update, stoppingToken);
                    _offset = update.Id + 1;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == 401)
            {
                logger.LogCritical(ex, "Telegram rejected the bot token; polling stops");
                return;
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Telegram polling failed; retrying in {BackoffSeconds} s", backoff.TotalSeconds);
                try
                {
                    await Task.Delay(backoff, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
                var maxBackoff = TimeSpan.FromSeconds(Math.Max(1, options.PollMaxBackoffSeconds));
                backoff = backoff * 2 > maxBackoff ? maxBackoff : backoff * 2;
            }
        }
        await ConfirmAsync();
    }

    private async Task HandleOneAsync(Update update, CancellationToken ct)
    {
        try
        {
            await handler.HandleAsync(update, ct);
            _attempts.Remove(update.Id);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && IsPassing(ex) && Attempt(update.Id) < MaxAttempts)
        {
            // Not confirmed: the same update comes back after the poller's backoff (nothing is dropped for an outage).
            throw new TelegramRetryLaterException($"update {update.Id} will be handled again: {ex.Message}");
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            _attempts.Remove(update.Id);
            logger.LogError(ex, "Telegram update {UpdateId} could not be handled; skipping it", update.Id);
        }
    }

    private const int MaxAttempts = 8;
    private readonly Dictionary<int, int> _attempts = [];

    private int Attempt(int updateId) => _attempts[updateId] = _attempts.GetValueOrDefault(updateId) + 1;

    private static bool IsPassing(Exception ex) =>
        ex is TelegramRetryLaterException or HttpRequestException or TimeoutException
        || (ex is global::Telegram.Bot.Exceptions.RequestException r && (r is not global::Telegram.Bot.Exceptions.ApiRequestException api || api.ErrorCode is 429 or >= 500));

    /// <summary>On shutdown, tells the server which updates were handled so they are not delivered again.</summary>
    private async Task ConfirmAsync()
    {
        if (_offset == _confirmed)
            return;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(3), time);
        try
        {
            await bot.GetUpdates(offset: _offset, limit: 1, timeout: 0, allowedUpdates: AllowedUpdates, cancellationToken: cts.Token);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Telegram could not confirm handled updates up to {Offset}; they may be delivered again", _offset);
        }
    }
}
