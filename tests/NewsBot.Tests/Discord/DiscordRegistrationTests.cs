using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NewsBot.Core.Abstractions;
using NewsBot.Platforms.Discord;

namespace NewsBot.Tests.Discord;

public class DiscordRegistrationTests
{
    private static IServiceCollection Register(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddDiscordPlatform(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());

    [Fact]
    public void Nothing_is_added_without_a_token()
    {
        Assert.Empty(Register(new() { ["Discord:ApiBaseUrl"] = "https://discord.com/api/v10" }));
    }

    [Fact]
    public void Adapter_and_gateway_service_are_added_with_a_token()
    {
        var services = Register(new() { ["Discord:Token"] = "abc.def.ghi" });

        Assert.Contains(services, d => d.ServiceType == typeof(IChatPlatform) && d.Lifetime == ServiceLifetime.Singleton);
        Assert.Contains(services, d => d.ServiceType == typeof(IHostedService));
    }

    [Fact]
    public void Invalid_settings_stop_the_start_without_showing_the_token()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Register(new()
        {
            ["Discord:Token"] = "secret token with spaces",
            ["Discord:ApiBaseUrl"] = "ftp://nowhere",
            ["Discord:DevGuildId"] = "not-a-number",
            ["Discord:GlobalRequestsPerSecond"] = "500",
        }));

        Assert.Contains("ApiBaseUrl", error.Message);
        Assert.Contains("DevGuildId", error.Message);
        Assert.Contains("GlobalRequestsPerSecond", error.Message);
        Assert.Contains("malformed", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void Token_in_a_settings_file_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("newsbot-discord-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "appsettings.json"), """{"Discord":{"Token":"from-file-token"}}""");
            var configuration = new ConfigurationBuilder().SetBasePath(dir.FullName).AddJsonFile("appsettings.json").Build();

            var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddDiscordPlatform(configuration));

            Assert.Contains("Discord__Token", error.Message);
            Assert.DoesNotContain("from-file-token", error.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
