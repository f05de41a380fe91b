using System.Text.Json;

namespace NewsBot.Platforms.Discord.Gateway;

/// <summary>Receives dispatch events (op 0) in order. Must return quickly: long work goes to a background task.</summary>
internal interface IGatewayDispatchHandler
{
    void OnDispatch(string type, JsonElement data);
}
