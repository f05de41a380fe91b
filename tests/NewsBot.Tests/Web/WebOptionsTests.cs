using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsBot.Web;

namespace NewsBot.Tests.Web;

public class WebOptionsTests
{
    [Fact]
    public void Defaults_are_valid_and_name_newsbot()
    {
        var options = Resolve([]);

        Assert.Contains("NewsBot", options.UserAgent, StringComparison.Ordinal);
        Assert.Equal(2, options.MaxConcurrentPerHost);
        Assert.Equal(32, options.MaxConcurrent);
        Assert.Equal(10 * 1024 * 1024, options.MaxBodyBytes);
        Assert.False(options.AllowPrivateAddresses);
    }

    [Theory]
    [InlineData("Web:UserAgent", "curl/8.0", "Web:UserAgent must name NewsBot")]
    [InlineData("Web:MaxConcurrentPerHost", "0", "Web:MaxConcurrentPerHost must be between 1 and 64 (was 0)")]
    [InlineData("Web:TotalTimeoutSeconds", "5", "Web:ConnectTimeoutSeconds (10) must not exceed Web:TotalTimeoutSeconds (5)")]
    [InlineData("Web:MaxBodyBytes", "10", "Web:MaxBodyBytes must be between 1024")]
    [InlineData("Web:AllowedHosts:0", "https://feeds.example/", "Web:AllowedHosts entries must be bare host names")]
    public void Bad_settings_fail_with_a_message_naming_the_key(string key, string value, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static WebOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddWebFetcher(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<WebOptions>>().Value;
    }
}
