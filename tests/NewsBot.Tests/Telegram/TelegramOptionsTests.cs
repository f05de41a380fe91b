using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsBot.Core.Abstractions;
using NewsBot.Platforms.Telegram;

namespace NewsBot.Tests.Telegram;

public sealed class TelegramOptionsTests
{
    private static IServiceCollection Register(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddTelegramPlatform(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Without_a_token_nothing_is_registered()
    {
        var services = Register(new() { ["Telegram:Mode"] = "polling" });
        Assert.Empty(services);
    }

    [Fact]
    public void With_a_token_the_platform_and_a_receiver_are_registered()
    {
        var services = Register(new() { ["Telegram:Token"] = "123:abc" });
        Assert.Contains(services, d => d.ServiceType == typeof(IChatPlatform));
        Assert.Contains(services, d => d.ServiceType == typeof(Microsoft.Extensions.Hosting.IHostedService));
    }

    [Fact]
    public void Bad_options_name_every_key_and_never_the_token()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(new()
        {
            ["Telegram:Token"] = "not a token value!",
            ["Telegram:Mode"] = "webhook",
            ["Telegram:WebhookUrl"] = "http://plain.example/hook",
            ["Telegram:MessagesPerSecond"] = "0",
        }));
        Assert.Contains("Telegram:Token", error.Message);
        Assert.Contains("Telegram:WebhookUrl", error.Message);
        Assert.Contains("Telegram:WebhookSecret", error.Message);
        Assert.Contains("Telegram:MessagesPerSecond", error.Message);
        Assert.DoesNotContain("not a token value", error.Message);
    }

    [Fact]
    public void A_token_in_a_config_file_is_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"newsbot-telegram-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"Telegram":{"Token":"123:abc"}}""");
        try
        {
            var configuration = new ConfigurationBuilder().AddJsonFile(path).Build();
            var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddTelegramPlatform(configuration));
            Assert.Contains("Telegram__Token", error.Message);
            Assert.DoesNotContain("123:abc", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Unknown_mode_is_named()
    {
        var errors = new TelegramOptions { Token = "1:a", Mode = "push" }.Validate();
        Assert.Equal(["Telegram:Mode must be 'polling' or 'webhook' (got 'push')."], errors);
    }
}
