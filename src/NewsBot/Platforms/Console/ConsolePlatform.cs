using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Configuration;
using NewsBot.Core.Abstractions;
using NewsBot.Core.Commands;
using NewsBot.Core.Digests.Rendering;

namespace NewsBot.Platforms.Console;

/// <summary>Standard streams of the console channel (replaceable in tests).</summary>
public sealed record ConsoleStreams(TextReader In, TextWriter Out)
{
    public static ConsoleStreams Process() => new(System.Console.In, System.Console.Out);
}

/// <summary>
/// The console channel: prints digests to standard output and answers commands read from standard input, one per
/// line. When input closes the bot keeps running until it is stopped.
/// </summary>
public sealed class ConsolePlatform(
    ConsoleStreams streams,
    IServiceProvider services,
    IOptions<ConsoleOptions> options,
    ILogger<ConsolePlatform> logger) : BackgroundService, IChatPlatform
{
    private readonly SemaphoreSlim _write = new(1, 1);
    private int _messageId;

    public string Name => "console";

    public string ChannelId => options.Value.ChannelId;

    public async Task<PostResult> PostAsync(OutgoingPost post, CancellationToken ct)
    {
        var text = post.Digests.Count switch
        {
            0 => (post.Text ?? "") + "\n",
            1 when post.Text is null => ConsoleRenderer.Render(post.Digests[0]),
            _ => ConsoleRenderer.RenderRollup(post.Text, post.Digests),
        };
        await WriteAsync(text, ct);
        return PostResult.Ok("console-" + Interlocked.Increment(ref _messageId));
    }

    public async Task<PostResult> EditAsync(OutgoingPost post, string messageId, CancellationToken ct)
    {
        await WriteAsync($"(update to {messageId})\n" + ConsoleRenderer.RenderRollup(post.Text, post.Digests), ct);
        return PostResult.Ok(messageId);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before blocking on input.
        await Task.Yield();
        var dispatcher = (ICommandDispatcher)services.GetService(typeof(ICommandDispatcher))!;
        while (!stoppingToken.IsCancellationRequested)
        {
            string? line;
            try
            {
                line = await streams.In.ReadLineAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
            if (line is null)
            {
                logger.LogInformation("Console input closed; NewsBot keeps running until stopped (Ctrl+C)");
                break;
            }
            if (!CommandLine.TryParse(line, null, out var name, out var args))
            {
                if (line.Trim().Length > 0)
                    await WriteAsync("Commands start with '/'. Try /help.\n", stoppingToken);
                continue;
            }
            var reply = await dispatcher.DispatchAsync(new CommandRequest
            {
                Platform = Name, ChannelId = ChannelId, UserId = "console", IsAdmin = true, Name = name, Arguments = args,
            }, stoppingToken);
            await WriteAsync(Render(reply), stoppingToken);
        }
    }

    public static string Render(CommandReply reply)
    {
        var sb = new StringBuilder();
        if (reply.Text is not null)
            sb.AppendLine(reply.Text);
        foreach (var d in reply.Digests)
            sb.Append(ConsoleRenderer.Render(d));
        return sb.ToString();
    }

    private async Task WriteAsync(string text, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            await streams.Out.WriteAsync(text);
            await streams.Out.FlushAsync(ct);
        }
        finally
        {
            _write.Release();
        }
    }
}
