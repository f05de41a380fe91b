using System.Globalization;
using System.Text;

namespace NewsBot.Core.Digests.Rendering;

/// <summary>Plain-text rendering for the console channel and the CLI.</summary>
public static class ConsoleRenderer
{
    public static string Render(Digest digest)
    {
        var sb = new StringBuilder();
        sb.Append("■ ").AppendLine(OneLine(digest.Headline));
        var source = digest.Outlet;
        if (digest.Published is { } p)
            source += " · " + p.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        sb.Append("  ").AppendLine(source);
        if (digest.Summary.Length > 0)
            sb.Append("  ").AppendLine(OneLine(digest.Summary));
        foreach (var q in digest.Quotes)
            sb.Append("  “").Append(OneLine(q.Text)).Append('”').AppendLine(q.Speaker is null ? "" : " — " + q.Speaker);
        if (digest.AlsoReportedBy.Count > 0)
            sb.Append("  Also reported by ").AppendLine(string.Join(", ", digest.AlsoReportedBy));
        if (digest.Link is not null)
            sb.Append("  ").AppendLine(digest.Link);
        return sb.ToString();
    }

    public static string RenderRollup(string? heading, IReadOnlyList<Digest> digests)
    {
        var sb = new StringBuilder();
        if (heading is not null)
            sb.AppendLine("== " + OneLine(heading) + " ==");
        foreach (var d in digests)
            sb.Append(Render(d));
        return sb.ToString();
    }

    private static string OneLine(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            sb.Append(char.IsControl(c) ? ' ' : c);
        return sb.ToString();
    }
}
