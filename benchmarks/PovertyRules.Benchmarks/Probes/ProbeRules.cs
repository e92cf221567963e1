using NRules.Fluent.Dsl;
using PovertyRules.Rules.Household;

namespace PovertyRules.Benchmarks.Probes;

/// <summary>A rule whose condition never holds and reads nothing but the fact: the engine's own cost of one alpha node.</summary>
[Name("PROBE-NEVER")]
internal sealed class NeverRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact fact = default!;
        When().Match(() => fact, f => f.Failure == "never");
        Then().Do(_ => fact.RecordNotMet(0));
    }
}

/// <summary>A second such rule, so that two distinct alpha nodes are measured.</summary>
[Name("PROBE-NEVER-2")]
internal sealed class NeverRule2 : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact fact = default!;
        When().Match(() => fact, f => f.Failure == "never again");
        Then().Do(_ => fact.RecordNotMet(0));
    }
}
