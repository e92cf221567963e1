using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;

namespace PovertyRules.Rules.County;

/// <summary>
/// A provincial extra: the county's rural per-capita income reaches the profile's target, where the profile sets one
/// (Hunan 2016 added rural income targets for counties). An income equal to the target passes.
/// </summary>
[Name(Id)]
[Description("省定贫困县退出附加指标 (e.g. 湖南省《关于建立贫困退出机制的实施意见》2016): 农村居民人均可支配收入达到省定目标 — rural per-capita income at least the profile's target, where it sets one")]
[Tag(RuleTags.CountyDecapping)]
public sealed class RuralIncomeRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "CNT-RURAL-INCOME";

    internal static readonly Criterion<CountyFact> Criterion =
        new(Id, CriterionKind.ExitCriterion, "Rural per-capita income target", "农村居民人均收入达到目标", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        CountyFact county = default!;

        When()
            .Match(() => county, c => Test(c) != Verdict.Met);
        Then()
            .Do(_ => county.Record(Criterion, Test(county)));
    }

    internal static Verdict Test(CountyFact fact)
    {
        if (fact.Parameters.MinimumRuralIncome is not { } minimum)
        {
            return Verdict.Met;
        }

        return fact.County.RuralPerCapitaIncome switch
        {
            null => Verdict.Unknown,
            var income when income < minimum => Verdict.NotMet,
            _ => Verdict.Met,
        };
    }

    private static Evidence Explain(CountyFact fact)
    {
        var minimum = fact.Parameters.Profile.CountyMinimumRuralIncome;
        return new Evidence(
            fact.County.RuralPerCapitaIncome is { } income ? HouseholdFact.Yuan(income) : "missing (RuralPerCapitaIncome)",
            minimum.Value is { } m ? $"≥ {HouseholdFact.Yuan(m)} per person" : "no target",
            "countyMinimumRuralIncome",
            minimum.Citation,
            minimum.Verified);
    }
}
