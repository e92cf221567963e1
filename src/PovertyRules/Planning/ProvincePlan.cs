using System.Collections.Immutable;
using PovertyRules.Policy;

namespace PovertyRules.Planning;

/// <summary>
/// A province's poverty-reduction plan: its registered poor at the start, its yearly targets, the year by which
/// everyone is to be out, the share to be reached in the first years, and the period over which the average monthly
/// and daily reductions are stated. Immutable; <see cref="PlanCheck.Of"/> judges it.
/// </summary>
/// <param name="BaseYear">The year at whose end <see cref="StartingPoor"/> was counted (e.g. 2015 for a 2016–2020 plan).</param>
/// <param name="StartingPoor">The registered poor people at the end of <see cref="BaseYear"/>.</param>
/// <param name="YearlyTargets">The planned reduction per year, every year from <see cref="BaseYear"/> + 1 on.</param>
/// <param name="TargetYear">The year by whose end every poor person is to be out.</param>
/// <param name="EarlyYears">How many first plan years <see cref="EarlyShare"/> covers (e.g. 3 for 前3年).</param>
/// <param name="EarlyShare">The share (0–1) of <see cref="StartingPoor"/> the plan states for its first <see cref="EarlyYears"/> years, with where it is stated; reached when the achieved share is at least it.</param>
/// <param name="PeriodStart">The first day of the period the average reductions are stated over.</param>
/// <param name="PeriodEnd">The last day of that period (inclusive).</param>
public sealed record ProvincePlan(
    int BaseYear,
    long StartingPoor,
    ImmutableSortedDictionary<int, long> YearlyTargets,
    int TargetYear,
    int EarlyYears,
    Parameter<decimal> EarlyShare,
    DateOnly PeriodStart,
    DateOnly PeriodEnd)
{
    internal static IEnumerable<string> CheckTargets(int baseYear, IReadOnlyDictionary<int, long> targets)
    {
        if (targets.Count == 0)
        {
            yield return "no yearly targets";
            yield break;
        }

        var last = targets.Keys.Max();
        var missing = Enumerable.Range(baseYear + 1, Math.Max(0, last - baseYear)).Where(y => !targets.ContainsKey(y)).ToList();
        if (missing.Count > 0)
        {
            yield return $"no target for {string.Join(", ", missing)} (a missing year is not taken as zero)";
        }

        foreach (var year in targets.Keys.Where(y => y <= baseYear))
        {
            yield return $"a target for {year}, not after the base year {baseYear}";
        }

        foreach (var pair in targets.Where(p => p.Value < 0))
        {
            yield return $"the target for {pair.Key} is negative ({pair.Value})";
        }
    }
}
