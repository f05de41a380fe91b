using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsBot.Admin;

/// <summary>
/// Inserts text into a JSON document at places found by <see cref="JsonSpan"/>, keeping every existing byte (comments,
/// trailing commas, layout). New lines follow the file's line ending and the indentation of their neighbours.
/// </summary>
public sealed class JsonTextEditor(byte[] utf8)
{
    private const string IndentUnit = "  ";

    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<(int At, string Text)> _inserts = [];

    public string NewLine { get; } = utf8.AsSpan().IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n";

    /// <summary>A JSON string literal; non-ASCII is kept readable, quotes, backslashes and control characters escaped.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, StringOptions);

    /// <summary>
    /// Adds <paramref name="items"/> (JSON texts) after the last element of <paramref name="array"/>. An array whose ']'
    /// stands on its own line gets one item per line; an empty one-line array is opened up when <paramref name="block"/>.
    /// </summary>
    public void AppendToArray(JsonSpan array, IReadOnlyList<string> items, bool block)
    {
        if (items.Count == 0)
            return;
        var close = array.End - 1;
        var last = array.Children.Count > 0 ? array.Children[^1] : null;
        if (LineStartIfAlone(close) is { } lineStart)
        {
            var closingIndent = Slice(lineStart, close);
            var indent = (last is null ? null : IndentIfAlone(array.Children[0].Start)) ?? closingIndent + IndentUnit;
            if (last is not null && !CommaFollows(last.End, close))
                Insert(last.End, ",");
            Insert(lineStart, string.Concat(items.Select((item, i) => indent + item + (i < items.Count - 1 ? "," : "") + NewLine)));
        }
        else if (last is null && block)
        {
            var outer = IndentOfLine(array.Start);
            var indent = outer + IndentUnit;
            Insert(array.Start + 1, NewLine + string.Join("," + NewLine, items.Select(item => indent + item)) + NewLine + outer);
        }
        else if (last is null)
        {
            Insert(array.Start + 1, string.Join(", ", items));
        }
        else
        {
            Insert(last.End, ", " + string.Join(", ", items));
        }
    }

    /// <summary>Adds the member <paramref name="name"/> at the end of <paramref name="obj"/>; <paramref name="value"/> gets the member's indentation.</summary>
    public void AddProperty(JsonSpan obj, string name, Func<string, string> value)
    {
        var close = obj.End - 1;
        var last = obj.Children.Count > 0 ? obj.Children[^1] : null;
        if (LineStartIfAlone(close) is { } lineStart)
        {
            var indent = (last is null ? null : IndentIfAlone(last.NameStart)) ?? Slice(lineStart, close) + IndentUnit;
            if (last is not null && !CommaFollows(last.End, close))
                Insert(last.End, ",");
            Insert(lineStart, indent + Quote(name) + ": " + value(indent) + NewLine);
        }
        else if (last is null)
        {
            Insert(obj.Start + 1, " " + Quote(name) + ": " + value(IndentOfLine(obj.Start)) + " ");
        }
        else
        {
            Insert(last.End, ", " + Quote(name) + ": " + value(IndentOfLine(obj.Start)));
        }
    }

    /// <summary>The document with every insertion made.</summary>
    public byte[] Apply()
    {
        var output = new MemoryStream(utf8.Length + 256);
        var at = 0;
        foreach (var (pos, text) in _inserts.Select((x, seq) => (x, seq)).OrderBy(x => x.x.At).ThenBy(x => x.seq).Select(x => x.x))
        {
            output.Write(utf8, at, pos - at);
            output.Write(Encoding.UTF8.GetBytes(text));
            at = pos;
        }
        output.Write(utf8, at, utf8.Length - at);
        return output.ToArray();
    }

    private void Insert(int at, string text) => _inserts.Add((at, text));

    /// <summary>Start of the line holding <paramref name="pos"/> when only spaces or tabs stand before it there.</summary>
    private int? LineStartIfAlone(int pos)
    {
        var i = pos;
        while (i > 0 && utf8[i - 1] is (byte)' ' or (byte)'\t')
            i--;
        return i == 0 || utf8[i - 1] == (byte)'\n' ? i : null;
    }

    private string? IndentIfAlone(int pos) => pos >= 0 && LineStartIfAlone(pos) is { } start ? Slice(start, pos) : null;

    private string IndentOfLine(int pos)
    {
        var start = pos;
        while (start > 0 && utf8[start - 1] != (byte)'\n')
            start--;
        var end = start;
        while (end < pos && utf8[end] is (byte)' ' or (byte)'\t')
            end++;
        return Slice(start, end);
    }

    /// <summary>Whether a ',' comes between <paramref name="from"/> and <paramref name="to"/>, past whitespace and comments.</summary>
    private bool CommaFollows(int from, int to)
    {
        var i = from;
        while (i < to)
        {
            var b = utf8[i];
            if (b == (byte)',')
                return true;
            if (b == (byte)'/' && i + 1 < to && utf8[i + 1] == (byte)'/')
            {
                while (i < to && utf8[i] != (byte)'\n')
                    i++;
            }
            else if (b == (byte)'/' && i + 1 < to && utf8[i + 1] == (byte)'*')
            {
                i += 2;
                while (i + 1 < to && !(utf8[i] == (byte)'*' && utf8[i + 1] == (byte)'/'))
                    i++;
                i += 2;
            }
            else
            {
                i++;
            }
        }
        return false;
    }

    private string Slice(int start, int end) => Encoding.UTF8.GetString(utf8, start, end - start);
}
