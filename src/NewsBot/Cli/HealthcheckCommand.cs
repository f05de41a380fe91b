namespace NewsBot.Cli;

/// <summary>`newsbot healthcheck [--url URL]`: exit 0 when the health endpoint answers 200 (for Docker HEALTHCHECK).</summary>
public sealed class HealthcheckCommand : ICliCommand
{
    public string Name => "healthcheck";

    public string Summary => "probe a running bot's /healthz (exit 0 when healthy)";

    public async Task<int> RunAsync(string[] args, CliContext context)
    {
        var url = new CliArgs(args).Get("url") ?? "http://127.0.0.1:8080/healthz";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(4) };
        try
        {
            using var response = await http.GetAsync(url, context.Cancellation);
            await context.Out.WriteLineAsync($"{(int)response.StatusCode} {url}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await context.Error.WriteLineAsync($"unhealthy: {ex.Message}");
            return 1;
        }
    }
}
