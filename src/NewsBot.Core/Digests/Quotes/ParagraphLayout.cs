namespace NewsBot.Core.Digests.Quotes;

/// <summary>Paragraph boundaries of a text (split at '\n'), by paragraph number.</summary>
internal sealed class ParagraphLayout
{
    private readonly string _text;
    private readonly List<(int Start, int End)> _bounds = [];

    public ParagraphLayout(string text)
    {
        _text = text;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0) end = text.Length;
            _bounds.Add((start, end));
            start = end + 1;
        }
    }

    public int Count => _bounds.Count;

    public (int Start, int End) Bounds(int paragraph) => _bounds[paragraph];

    /// <summary>True when only white space stands between the paragraph start and the quote's opening mark.</summary>
    public bool StartsParagraph(QuoteSpan s)
    {
        var (start, _) = _bounds[s.Paragraph];
        for (var i = start; i < s.OpenAt; i++)
            if (!char.IsWhiteSpace(_text[i]))
                return false;
        return true;
    }

    /// <summary>True when every paragraph strictly between the two is blank.</summary>
    public bool IsBlankBetween(int a, int b)
    {
        for (var p = a + 1; p < b; p++)
        {
            var (s, e) = _bounds[p];
            if (!string.IsNullOrWhiteSpace(_text[s..e]))
                return false;
        }
        return true;
    }
}
