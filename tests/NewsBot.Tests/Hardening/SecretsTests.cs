using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NewsBot.Hosting;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Hardening;

/// <summary>Platform tokens never appear in logs, exceptions, console output, /status or configuration errors.</summary>
public sealed class SecretsTests
{
    private const string TelegramToken = "987654321:FAKEfakeTelegramSecret-xyzXYZ0123456789ab";
    private const string TelegramSecretPart = "FAKEfakeTelegramSecret-xyzXYZ0123456789ab";
    private const string DiscordToken = "MTFakeDiscordSecretToken.GhIjKl.mnopQRSTuvwxYZ0123456789";

    [Fact]
    public async Task A_host_whose_platforms_are_unreachable_never_shows_the_tokens()
    {
        var closed = ClosedPort();
        var root = TestHost.CopyConfig();
        var configPath = Path.Combine(root, "config", "newsbot.json");
        File.WriteAllText(configPath, File.ReadAllText(configPath)
            .Replace("\"channels\": [", "\"channels\": [\n    { \"platform\": \"telegram\", \"id\": \"-100200300\", \"admin\": true },\n    { \"platform\": \"discord\", \"id\": \"111222333444555666\" },", StringComparison.Ordinal)
            .Replace("\"subscriptions\": [", "\"subscriptions\": [\n    { \"channel\": \"telegram:-100200300\", \"topic\": \"syria\" },\n    { \"channel\": \"discord:111222333444555666\", \"topic\": \"syria\" },", StringComparison.Ordinal));
        var logs = new TextLogs();

        string status;
        await using (var host = await TestHost.StartAsync(root, new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Telegram:Token"] = TelegramToken,
            ["Telegram:BaseUrl"] = $"http://127.0.0.1:{closed}",
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Discord:Token"] = DiscordToken,
            ["Discord:ApiBaseUrl"] = $"http://127.0.0.1:{closed}/api/v10",
            ["Discord:GatewayUrl"] = $"ws://127.0.0.1:{closed}/gateway",
            ["Delivery:MaxAttemptsBeforePark"] = "1",
        }, services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            await WaitUntilAsync(() => logs.Entries.Count(e => e.Level >= LogLevel.Warning &&
                (e.Category.Contains("Telegram", StringComparison.Ordinal) || e.Category.Contains("Discord", StringComparison.Ordinal))) >= 2
                && logs.Entries.Any(e => e.Category.Contains("Delivery", StringComparison.Ordinal) && e.Level >= LogLevel.Warning));
            host.Console.Type("/status");
            status = await host.Console.WaitForAsync(o => o.Contains("Feeds", StringComparison.OrdinalIgnoreCase) || o.Contains("parked", StringComparison.OrdinalIgnoreCase));
        }

        var everything = logs.All + "\n" + status;
        Assert.Contains("127.0.0.1", everything); // the failures were logged, with their addresses
        foreach (var secret in new[] { TelegramToken, TelegramSecretPart, Uri.EscapeDataString(TelegramToken), DiscordToken })
            Assert.DoesNotContain(secret, everything, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Telegram:Token", "no-colon-" + TelegramSecretPart, TelegramSecretPart)]
    [InlineData("Discord:Token", "Bot " + DiscordToken, DiscordToken)]
    public void Configuration_errors_name_the_secret_without_echoing_it(string key, string value, string secret)
    {
        var root = TestHost.CopyConfig();
        var (host, errors) = NewsBotHost.Build(new HostLaunch
        {
            ConfigDirectory = Path.Combine(root, "config"),
            Settings = new Dictionary<string, string?> { ["Storage:DataDirectory"] = Path.Combine(root, "data"), [key] = value },
        });

        Assert.Null(host);
        var text = string.Join("\n", errors);
        Assert.Contains(key, text);
        Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_redacting_provider_masks_messages_values_and_exceptions_including_url_escaped_tokens()
    {
        var logs = new TextLogs();
        var redactor = new SecretRedactor([TelegramToken, DiscordToken]);
        using var provider = new RedactingLoggerProvider(logs, redactor);
        var logger = provider.CreateLogger("Test");
        var url = $"https://api.telegram.org/bot{Uri.EscapeDataString(TelegramToken)}/getUpdates";

        logger.LogError(new HttpRequestException($"Error while copying content from {url}", new IOException($"inner bot{TelegramToken}")),
            "Request {Url} failed with {Token}", url, DiscordToken);

        var text = logs.All;
        Assert.Contains("***", text);
        Assert.Contains("HttpRequestException", text);
        Assert.DoesNotContain(TelegramSecretPart, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DiscordToken, text, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 300 && !condition(); i++)
            await Task.Delay(100);
        Assert.True(condition(), "the platforms' failures were not logged within 30 s");
    }
}
