using System.Text.Json.Nodes;

namespace NewsBot.Fakes.Discord;

/// <summary>A gateway session: its id and every dispatch sent in it, so a RESUME can replay what was missed.</summary>
internal sealed class FakeGatewaySession(string id)
{
    private readonly List<(long Seq, string Json)> events = [];
    private readonly Lock sync = new();
    private long seq;

    public string Id => id;

    public long Sequence
    {
        get
        {
            lock (sync)
                return seq;
        }
    }

    public string Add(string type, JsonNode? data)
    {
        lock (sync)
        {
            seq++;
            var json = new JsonObject { ["op"] = 0, ["s"] = seq, ["t"] = type, ["d"] = data?.DeepClone() }.ToJsonString();
            events.Add((seq, json));
            return json;
        }
    }

    public IReadOnlyList<string> After(long sequence)
    {
        lock (sync)
            return events.Where(e => e.Seq > sequence).Select(e => e.Json).ToList();
    }
}
