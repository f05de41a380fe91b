namespace NewsBot.Storage;

/// <summary>Section "Storage": which database, and where.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Sqlite (default, a file under DataDirectory) or Postgres (ConnectionString).</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Folder for the SQLite file; relative paths are taken from the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>SQLite file name inside DataDirectory.</summary>
    public string SqliteFile { get; set; } = "newsbot.db";

    /// <summary>PostgreSQL connection string (Provider = Postgres). Put the password in the environment.</summary>
    public string? ConnectionString { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.OrdinalIgnoreCase);
}
