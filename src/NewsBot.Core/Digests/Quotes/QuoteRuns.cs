namespace NewsBot.Core.Digests.Quotes;

/// <summary>Quotes that share a speaker by position: one paragraph, or a quote that runs on over paragraphs.</summary>
internal static class QuoteRuns
{
    /// <summary>Quotes in one paragraph share a group; an unclosed paragraph joins the next one's group.</summary>
    public static int[] GroupRuns(List<QuoteSpan> spans, ParagraphLayout layout)
    {
        var groups = new int[spans.Count];
        var group = 0;
        for (var i = 0; i < spans.Count; i++)
        {
            if (i == 0) { groups[i] = 0; continue; }
            var prev = spans[i - 1];
            var cur = spans[i];
            var sameParagraph = prev.Paragraph == cur.Paragraph;
            var continues = prev.Unclosed && cur.Paragraph - prev.Paragraph <= 2 && layout.IsBlankBetween(prev.Paragraph, cur.Paragraph);
            if (!sameParagraph && !continues)
                group++;
            groups[i] = group;
        }
        return groups;
    }

    public static int FindInGroup(int[] groups, List<Mention?> mentions, int i)
    {
        for (var j = i + 1; j < groups.Length && groups[j] == groups[i]; j++)
            if (mentions[j] is not null)
                return j;
        return -1;
    }

    public static int PreviousInGroup(int[] groups, int i) =>
        i > 0 && groups[i - 1] == groups[i] ? i - 1 : -1;
}
