namespace PovertyRules.Tests.Support;

/// <summary>
/// A test too slow for every run (minutes on two cores): it runs only when the environment variable
/// <see cref="Variable"/> is <c>1</c>, and is reported as skipped otherwise, so that the plain test command stays quick
/// without any filter. Mark its class <c>[Trait("Category", "Slow")]</c> as well.
/// </summary>
public sealed class SlowFactAttribute : FactAttribute
{
    public const string Variable = "POVERTYRULES_SLOW_TESTS";

    public SlowFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"slow; set {Variable}=1 to run it";
        }
    }
}

/// <summary>A <see cref="TheoryAttribute"/> that runs only under the same switch as <see cref="SlowFactAttribute"/>.</summary>
public sealed class SlowTheoryAttribute : TheoryAttribute
{
    public SlowTheoryAttribute()
    {
        if (Environment.GetEnvironmentVariable(SlowFactAttribute.Variable) != "1")
        {
            Skip = $"slow; set {SlowFactAttribute.Variable}=1 to run it";
        }
    }
}
