using PovertyRules.Assessment;
using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.Synthetic;
using Xunit.Abstractions;

namespace PovertyRules.Guangxi.Tests;

/// <summary>The national profile against the Guangxi overlay over one synthetic population with seeded Guangxi records.</summary>
public class ComparisonTests(ITestOutputHelper output)
{
    private const int Seed = 2019;
    private const int Households = 4_000;

    [Fact]
    public void The_checklist_only_moves_households_away_from_exit_and_only_for_its_own_criteria()
    {
        output.WriteLine($"seed {Seed}, {Households} households (replay: same seed, same count)");
        var households = WithGuangxiRecords(new SyntheticPopulation(Guangxi.National, Seed).Households(Households), Seed).ToList();

        var report = new PolicyComparison(Guangxi.Engine).Compare(households, Guangxi.National, Guangxi.Profile);
        output.WriteLine(report.ToString());

        var changed = report.Households.Transitions.Where(t => t.Changed).ToList();
        changed.Should().NotBeEmpty("some seeded records fall short of the province's figures");
        string[] open = [nameof(HouseholdStatus.MayExit), nameof(HouseholdStatus.EligibleProcedurePending)];
        changed.Should().OnlyContain(t =>
            (open.Contains(t.From) && (t.To == nameof(HouseholdStatus.RemainsPoor) || t.To == nameof(HouseholdStatus.Undetermined)))
            || (t.From == nameof(HouseholdStatus.Undetermined) && t.To == nameof(HouseholdStatus.RemainsPoor)),
            "the checklist only adds conditions: a household can lose its exit, or a known failure can decide an undetermined one");
        changed.SelectMany(t => t.Criteria).Select(c => c.CriterionId)
            .Should().OnlyContain(id => id.StartsWith("GX-", StringComparison.Ordinal) && id != "GX-TV-PHONE", "the report-only criterion causes no transition");
        report.Households.Records.Should().Be(Households);
    }

    [Fact]
    public void Every_household_moved_by_the_overlay_fails_or_lacks_a_binding_checklist_figure()
    {
        var households = WithGuangxiRecords(new SyntheticPopulation(Guangxi.National, Seed).Households(Households), Seed).ToList();
        var national = Guangxi.Engine.AssessMany(households, Guangxi.National).ToList();
        var guangxi = Guangxi.Engine.AssessMany(households, Guangxi.Profile).ToList();

        for (var i = 0; i < households.Count; i++)
        {
            if (national[i].Status == guangxi[i].Status)
            {
                continue;
            }

            var binding = guangxi[i].FailedCriteria.Concat(guangxi[i].UnknownCriteria).Where(id => id.StartsWith("GX-", StringComparison.Ordinal) && id != "GX-TV-PHONE");
            binding.Should().NotBeEmpty($"household {households[i].Id} (seed {Seed}) moved from {national[i].Status} to {guangxi[i].Status}");
        }
    }

    /// <summary>Seeded Guangxi records: most households meet the figures, some fall short, a few lack one.</summary>
    private static IEnumerable<Household> WithGuangxiRecords(IEnumerable<Household> households, int seed)
    {
        var random = new Random(seed);
        foreach (var household in households)
        {
            decimal? Figure(decimal good, decimal bad) => random.NextDouble() switch
            {
                < 0.03 => null,
                < 0.10 => bad,
                _ => good,
            };

            var persons = household.Members.Count;
            var record = new GuangxiHousehold(
                Figure(16m * persons, 11m * persons),
                Figure(60m, 25m),
                Figure(5m, 40m),
                Figure(0.98m, 0.7m),
                random.NextDouble() < 0.97,
                random.NextDouble() < 0.9);
            yield return household with { Extensions = household.Extensions.With(GuangxiPack.Name, record) };
        }
    }
}
