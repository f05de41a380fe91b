namespace NewsBot.Tests.Support;

/// <summary>A fact that needs ../shared/data; skipped with a clear message when it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
            Skip = SharedData.MissingMessage;
    }
}

/// <summary>A theory that needs ../shared/data; skipped with a clear message when it is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
            Skip = SharedData.MissingMessage;
    }
}
