using BenchmarkDotNet.Running;
using NewsBot.Benchmarks;

// `-- NAME` runs a load harness (see IHarness); anything else goes to BenchmarkDotNet
// (e.g. `-- --filter *FeedParse*`).
var harnesses = typeof(IHarness).Assembly.GetTypes()
    .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IHarness).IsAssignableFrom(t))
    .Select(t => (IHarness)Activator.CreateInstance(t)!)
    .ToList();

if (args.Length > 0 && harnesses.FirstOrDefault(h => h.Name == args[0]) is { } harness)
    return await harness.RunAsync(args[1..]);

if (args.Length > 0 && args[0] is "list")
{
    foreach (var h in harnesses.OrderBy(h => h.Name))
        Console.WriteLine($"{h.Name,-12} {h.Summary}");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(IHarness).Assembly).Run(args);
return 0;
