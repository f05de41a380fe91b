using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using NewsBot.Configuration;
using NewsBot.Storage;

namespace NewsBot.Hosting;

/// <summary>Checks host settings (appsettings.json and environment) before anything starts, naming each key.</summary>
public static class HostSettingsValidator
{
    public static List<ConfigError> Validate(IConfiguration configuration)
    {
        var errors = new List<ConfigError>();
        Check<PollingOptions>(configuration, PollingOptions.Section, errors);
        Check<DeliveryOptions>(configuration, DeliveryOptions.Section, errors);
        var storage = Bind<StorageOptions>(configuration, StorageOptions.Section, errors);
        if (storage is not null)
        {
            if (!storage.IsPostgres && !string.Equals(storage.Provider, "Sqlite", StringComparison.OrdinalIgnoreCase))
                errors.Add(new("Storage:Provider", $"'{storage.Provider}' is not supported; use Sqlite (default) or Postgres"));
            if (storage.IsPostgres && string.IsNullOrWhiteSpace(storage.ConnectionString))
                errors.Add(new("Storage:ConnectionString", "missing for Provider Postgres; set the environment variable Storage__ConnectionString"));
        }
        return errors;
    }

    private static T? Bind<T>(IConfiguration configuration, string section, List<ConfigError> errors) where T : class, new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            errors.Add(new(section, "a value has the wrong type: " + (ex.InnerException?.Message ?? ex.Message)));
            return null;
        }
    }

    private static void Check<T>(IConfiguration configuration, string section, List<ConfigError> errors) where T : class, new()
    {
        var options = Bind<T>(configuration, section, errors);
        if (options is null)
            return;
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        foreach (var r in results)
            errors.Add(new($"{section}:{r.MemberNames.FirstOrDefault()}", r.ErrorMessage ?? "invalid value"));
    }
}
