using NewsBot.Core.Abstractions;

namespace NewsBot.Hosting;

/// <summary>The chat platforms enabled in this process, by name.</summary>
public sealed class PlatformRegistry(IEnumerable<IChatPlatform> platforms)
{
    private readonly Dictionary<string, IChatPlatform> _byName = platforms.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public IChatPlatform? Find(string name) => _byName.GetValueOrDefault(name);

    public IReadOnlyCollection<string> Names => _byName.Keys;
}
