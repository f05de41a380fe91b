namespace NewsBot.Core.Feeds.Charsets;

/// <summary>Feed bytes turned into text, with the charset that was used (lower-case label, e.g. "utf-8", "windows-1251").</summary>
internal readonly record struct DecodedText(string Text, string Encoding);
