namespace NewsBot.Core.Digests;

/// <summary>A direct quotation found in a text: [Start, End) are UTF-16 offsets of the words inside the marks.</summary>
public sealed record FoundQuote(int Start, int End, string Text, string? Speaker);
