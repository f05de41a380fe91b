using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NewsBot.Fakes.Telegram;

namespace NewsBot.Tests.Telegram;

/// <summary>The fake must be as strict as Telegram, or the adapter tests prove nothing.</summary>
public sealed class FakeTelegramServerTests
{
    private static async Task<(int Status, JsonObject Body)> SendAsync(FakeTelegramServer server, HttpClient http, object args)
    {
        using var response = await http.PostAsJsonAsync($"{server.BaseUrl}/bot{server.Token}/sendMessage", args);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    [Theory]
    [InlineData("<script>x</script>", "Bad Request: can't parse entities: Unsupported start tag \"script\" at byte offset 0")]
    [InlineData("<b>open", "Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"b\"")]
    [InlineData("<b><i>x</b></i>", "Bad Request: can't parse entities: Unmatched end tag at byte offset 7, expected \"</i>\", found \"</b>\"")]
    [InlineData("a < b", "Bad Request: can't parse entities: Unclosed start tag at byte offset 2")]
    [InlineData("a < b > c", "Bad Request: can't parse entities: Unsupported start tag \"\" at byte offset 2")]
    [InlineData("Tom & Jerry", "Bad Request: can't parse entities: Unsupported HTML entity at byte offset 4")]
    public async Task Html_that_Telegram_rejects_is_rejected(string text, string description)
    {
        await using var server = await FakeTelegramServer.StartAsync();
        server.AddChat(FakeTelegramChat.Private(1));
        using var http = new HttpClient();

        var (status, body) = await SendAsync(server, http, new { chat_id = 1, text, parse_mode = "HTML" });

        Assert.Equal(400, status);
        Assert.Equal((false, 400, description), (body["ok"]!.GetValue<bool>(), body["error_code"]!.GetValue<int>(), body["description"]!.GetValue<string>()));
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task Too_long_text_is_rejected_and_entities_count_once()
    {
        await using var server = await FakeTelegramServer.StartAsync();
        server.AddChat(FakeTelegramChat.Private(1));
        server.AddChat(FakeTelegramChat.Private(2));
        using var http = new HttpClient();

        var (tooLong, body) = await SendAsync(server, http, new { chat_id = 1, text = new string('a', 4097) });
        var (fits, _) = await SendAsync(server, http, new { chat_id = 2, text = "<b>" + string.Concat(Enumerable.Repeat("&amp;", 4096)) + "</b>", parse_mode = "HTML" });

        Assert.Equal((400, "Bad Request: message is too long"), (tooLong, body["description"]!.GetValue<string>()));
        Assert.Equal(200, fits);
    }

    [Fact]
    public async Task A_second_message_within_a_second_gets_429_with_retry_after()
    {
        await using var server = await FakeTelegramServer.StartAsync();
        server.AddChat(FakeTelegramChat.Private(1));
        using var http = new HttpClient();

        var (first, _) = await SendAsync(server, http, new { chat_id = 1, text = "one" });
        var (second, body) = await SendAsync(server, http, new { chat_id = 1, text = "two" });

        Assert.Equal((200, 429), (first, second));
        Assert.Equal("Too Many Requests: retry after 1", body["description"]!.GetValue<string>());
        Assert.Equal(1, body["parameters"]!["retry_after"]!.GetValue<int>());
        Assert.Single(server.TooManyRequests);
    }

    [Fact]
    public async Task The_total_limit_spans_chats()
    {
        await using var server = await FakeTelegramServer.StartAsync();
        server.Limits.PerSecond = 3;
        using var http = new HttpClient();
        var statuses = new List<int>();
        for (var chat = 1; chat <= 4; chat++)
        {
            server.AddChat(FakeTelegramChat.Private(chat));
            statuses.Add((await SendAsync(server, http, new { chat_id = chat, text = "hi" })).Status);
        }

        Assert.Equal([200, 200, 200, 429], statuses);
    }
}
