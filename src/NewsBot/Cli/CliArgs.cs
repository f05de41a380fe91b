namespace NewsBot.Cli;

/// <summary>Tiny option reader: `--name value`, `--flag`, and positional arguments.</summary>
public sealed class CliArgs
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public CliArgs(IEnumerable<string> args, params string[] flags)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (a.StartsWith("--", StringComparison.Ordinal) && a.Length > 2)
            {
                var name = a[2..];
                var eq = name.IndexOf('=');
                if (eq > 0)
                    _options[name[..eq]] = name[(eq + 1)..];
                else if (flags.Contains(name) || i + 1 >= list.Count)
                    _options[name] = null;
                else
                    _options[name] = list[++i];
            }
            else
            {
                Positional.Add(a);
            }
        }
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Get(string name) => _options.TryGetValue(name, out var v) ? v : null;
}
