using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using NewsBot.Fakes.Discord;
using NewsBot.Platforms.Discord.Interactions;
using NewsBot.Tests.Support;
using NSec.Cryptography;

namespace NewsBot.Tests.Discord;

/// <summary>The HTTP interactions endpoint of the whole host: Ed25519 checked, PING answered, commands answered via callback.</summary>
public class DiscordHttpInteractionsTests
{
    [Fact]
    public async Task Signed_requests_are_answered_and_bad_signatures_get_401()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var publicHex = Convert.ToHexString(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        await using var discord = await FakeDiscordServer.StartAsync();
        var port = FreePort();
        await using var host = await TestHost.StartAsync(TestHost.CopyConfig(), new Dictionary<string, string?>
        {
            ["Discord:Token"] = discord.Options.Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:GatewayUrl"] = discord.GatewayUrl,
            ["Discord:PublicKey"] = publicHex,
            ["Discord:InteractionsPort"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        async Task<HttpResponseMessage> PostAsync(string json, bool sign = true, bool tamper = false)
        {
            var stamp = "1764500000";
            var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(stamp + json));
            var request = new HttpRequestMessage(HttpMethod.Post, InteractionsEndpoint.Path)
            {
                Content = new StringContent(tamper ? json.Replace("1", "2", StringComparison.Ordinal) : json, Encoding.UTF8, "application/json"),
            };
            if (sign)
            {
                request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(signature).ToLowerInvariant());
                request.Headers.Add("X-Signature-Timestamp", stamp);
            }
            return await http.SendAsync(request);
        }

        var ping = await PostAsync("{\"type\":1}");
        Assert.Equal(HttpStatusCode.OK, ping.StatusCode);
        Assert.Equal(1, JsonNode.Parse(await ping.Content.ReadAsStringAsync())!["type"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("{\"type\":1}", sign: false)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync("{\"type\":1}", tamper: true)).StatusCode);

        var command = DiscordPayloads.Command("latest", [("query", "syria")]).ToJsonString();
        Assert.Equal(HttpStatusCode.Accepted, (await PostAsync(command)).StatusCode);
        await FakeDiscordServer.WaitUntilAsync(() => !discord.Records.Answers.IsEmpty, "interaction answered through the callback", TimeSpan.FromSeconds(10));
        // The fake knows only interactions it sent over its gateway, so it answers this callback 404; what matters is
        // that the endpoint routed the command to the handler, which answered with the digests.
        Assert.Contains(discord.Records.Answers, a => a.Body.GetProperty("type").GetInt32() == InteractionHandler.ReplyNow
            && a.Body.GetRawText().Contains("Syria", StringComparison.Ordinal));
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
