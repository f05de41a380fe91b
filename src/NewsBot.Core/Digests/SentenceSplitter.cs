namespace NewsBot.Core.Digests;

/// <summary>Splits text into sentences at . ! ? followed by a space and a capital letter.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c == '\n' || ((c is '.' or '!' or '?') && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]));
            if (!end) continue;
            var s = text[start..(i + 1)].Trim();
            if (s.Length > 0) sentences.Add(s);
            start = i + 1;
        }
        var last = text[start..].Trim();
        if (last.Length > 0) sentences.Add(last);
        return sentences;
    }
}
