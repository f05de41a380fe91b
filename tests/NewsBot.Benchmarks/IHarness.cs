namespace NewsBot.Benchmarks;

/// <summary>
/// A load harness run as `dotnet run -c Release --project tests/NewsBot.Benchmarks -- NAME [args]`.
/// Every implementation with a parameterless constructor is found by Program; it prints its own figures.
/// </summary>
public interface IHarness
{
    string Name { get; }

    string Summary { get; }

    Task<int> RunAsync(string[] args);
}
