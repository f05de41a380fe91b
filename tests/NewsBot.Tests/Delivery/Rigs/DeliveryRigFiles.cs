namespace NewsBot.Tests.Delivery.Rigs;

/// <summary>
/// A temp folder with a config/ for delivery runs: no feeds, one topic, no declared channels (the outbox rows are
/// written straight into the store, as ingest would write them), and data/ for the SQLite file.
/// </summary>
public sealed class DeliveryRigFiles : IDisposable
{
    public DeliveryRigFiles()
    {
        Root = Path.Combine(Path.GetTempPath(), "newsbot-delivery-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(ConfigDirectory);
        Directory.CreateDirectory(DataDirectory);
        File.WriteAllText(Path.Combine(ConfigDirectory, "newsbot.json"), """
            {
              "feeds": [],
              "topics": [ { "name": "world", "displayName": "World", "keywords": ["world"] } ],
              "channels": [],
              "subscriptions": []
            }
            """);
        File.WriteAllText(Path.Combine(ConfigDirectory, "appsettings.json"), """
            { "Logging": { "LogLevel": { "Default": "Warning", "NewsBot.Delivery": "Information" } } }
            """);
    }

    public string Root { get; }
    public string ConfigDirectory => Path.Combine(Root, "config");
    public string DataDirectory => Path.Combine(Root, "data");
    public string DatabaseFile => Path.Combine(DataDirectory, "newsbot.db");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a process may still hold the file for a moment; the temp folder is left behind
        }
        catch (UnauthorizedAccessException)
        {
            // as above
        }
    }
}
