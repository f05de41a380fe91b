using System.Text.Json;

namespace NewsBot.Tests.Digests;

/// <summary>One hand-written quote-style or attribution case from Fixtures/Digests/quote-cases.jsonl.</summary>
public sealed record QuoteCase(string Name, string Text, IReadOnlyList<ExpectedQuote> Quotes);

public sealed record ExpectedQuote(string Text, string? Speaker);

public static class QuoteCaseFixtures
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Digests", file);

    public static IReadOnlyList<QuoteCase> All { get; } = File.ReadLines(PathOf("quote-cases.jsonl"))
        .Where(l => l.Trim().Length > 0)
        .Select(l => JsonSerializer.Deserialize<QuoteCase>(l, Options)!)
        .ToList();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in All)
            data.Add(c.Name);
        return data;
    }

    public static QuoteCase Get(string name) => All.Single(c => c.Name == name);
}
