using NRules.Fluent.Dsl;
using PovertyRules.Rules;
using PovertyRules.Rules.Household;

namespace PovertyRules.Tests.Conventions;

/// <summary>The wrapper shape the convention forbids: the condition only calls a verdict helper, and the action calls it again.</summary>
[Name("PROBE-OLD-SHAPE")]
internal sealed class OldShapeProbeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;
        When().Match(() => household, h => Test(h) != Verdict.Met);
        Then().Do(_ => household.RecordNotMet(Test(household) == Verdict.NotMet ? 0 : 1));
    }

    /// <summary>How often <see cref="Test"/> ran for each fact (the tests that read it run one session at a time).</summary>
    internal static Dictionary<HouseholdFact, int> Computations { get; } = [];

    internal static Verdict Test(HouseholdFact fact)
    {
        Computations[fact] = Computations.GetValueOrDefault(fact) + 1;
        return fact.Household.FoodAndClothingSecure == true ? Verdict.Met : Verdict.NotMet;
    }
}

/// <summary>A member loop inside a condition: the criterion is recomputed by the rule instead of read from the fact.</summary>
[Name("PROBE-MEMBER-LOOP")]
internal sealed class MemberLoopProbeRule : Rule
{
    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;
        When().Match(() => household, h => h.Household.Members.Any(m => m.MedicalInsuranceEnrolled == false));
        Then().Do(_ => household.RecordNotMet(0));
    }
}
