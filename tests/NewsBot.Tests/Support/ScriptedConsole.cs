using System.Text;
using System.Threading.Channels;
using NewsBot.Platforms.Console;

namespace NewsBot.Tests.Support;

/// <summary>Console streams a test drives: lines typed in, everything written captured.</summary>
public sealed class ScriptedConsole
{
    private readonly LineReader _in = new();
    private readonly CapturingWriter _out = new();

    public ConsoleStreams Streams => new(_in, _out);

    public string Output => _out.Text;

    public void Type(string line) => _in.Lines.Writer.TryWrite(line);

    public void CloseInput() => _in.Lines.Writer.TryComplete();

    /// <summary>Waits (up to a generous limit, not a timing assertion) until the output satisfies the condition.</summary>
    public async Task<string> WaitForAsync(Func<string, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            var text = Output;
            if (condition(text))
                return text;
            await Task.Delay(50);
        }
        throw new TimeoutException("Console output never matched. Output so far:\n" + Output);
    }

    private sealed class LineReader : TextReader
    {
        public Channel<string> Lines { get; } = Channel.CreateUnbounded<string>();

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await Lines.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException)
            {
                return null;
            }
        }

        public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
    }

    private sealed class CapturingWriter : TextWriter
    {
        private readonly StringBuilder _sb = new();
        private readonly Lock _gate = new();

        public override Encoding Encoding => Encoding.UTF8;

        public string Text { get { lock (_gate) return _sb.ToString(); } }

        public override void Write(char value) { lock (_gate) _sb.Append(value); }

        public override void Write(string? value) { lock (_gate) _sb.Append(value); }

        public override Task WriteAsync(string? value) { Write(value); return Task.CompletedTask; }
    }
}
