using CsCheck;
using PovertyRules.Planning;
using PovertyRules.Policy;
using PovertyRules.Tests.Properties;
using System.Collections.Immutable;

namespace PovertyRules.Tests.Planning;

/// <summary>
/// Random provinces: a split never creates or loses a person, an allocation never a yuan, and floors and caps hold or
/// are refused. A failure prints its seed; replay it with <c>POVERTYRULES_PROPERTY_SEED=seed</c>.
/// </summary>
public class PlanningProperties
{
    private static readonly PolicyProfile National = PolicyProfiles.Find("CN-2016")!;

    private static readonly Gen<CountyPlanInput[]> Counties =
        Gen.Select(Gen.Int[1, 200_000], Gen.Double[0, 0.6], (rural, share) => (rural, poor: (long)(rural * share)))
            .Array[1, 40]
            .Select(cs => cs.Select((c, i) => new CountyPlanInput($"43{i:0000}", $"c{i}", c.rural, c.poor)).ToArray());

    private static readonly Gen<long[]> Targets = Gen.Long[0, 2_000_000].Array[1, 6];

    [Theory]
    [InlineData(SplitRule.ByPoorPeople)]
    [InlineData(SplitRule.ByIncidence)]
    public void A_split_of_the_province_targets_never_creates_or_loses_a_person_and_never_goes_below_zero(SplitRule split) =>
        Gen.Select(Counties, Targets).Sample(
            (counties, targets) =>
            {
                var plan = targets.Select((t, k) => (Year: 2016 + k, t)).ToImmutableSortedDictionary(p => p.Year, p => p.t);
                var schedule = DecappingSchedule.Project(National, 2015, counties, plan, split);
                var poor = counties.Sum(c => c.RegisteredPoor);
                var reduced = schedule.Counties.Sum(c => c.Years.Sum(y => y.Reduction));
                return reduced + schedule.Unsplit == targets.Sum()
                    && reduced == Math.Min(poor, targets.Sum())
                    && schedule.Counties.All(c => c.Years.All(y => y.Remaining >= 0 && y.Reduction >= 0))
                    && schedule.Counties.Zip(counties).All(p => p.First.Years[^1].Remaining == p.Second.RegisteredPoor - p.First.Years.Sum(y => y.Reduction));
            },
            iter: 300,
            seed: EngineMatchesReferenceProperties.Seed);

    private static readonly Gen<AllocationCounty[]> AllocationCounties =
        Gen.Select(Gen.Long[1, 100_000], Gen.Int[1, 400_000], Gen.Int[2_000, 20_000], Gen.Int[0, 3].Select(i => "ABCD"[i].ToString()),
                (poor, extra, income, grade) => (poor, rural: poor + extra, income, grade))
            .Array[1, 30]
            .Select(cs => cs.Select((c, i) => new AllocationCounty($"43{i:0000}", $"c{i}", c.poor, c.rural, c.income, c.grade)).ToArray());

    [Fact]
    public void An_allocation_sums_exactly_to_the_fund_and_keeps_its_floor_and_cap_or_is_refused() =>
        Gen.Select(AllocationCounties, Gen.Long[0, 50_000_000_000], Gen.Double[0, 0.2], Gen.Double[0.02, 1.0]).Sample(
            (counties, fund, floorShare, capShare) =>
            {
                var floor = Math.Round((decimal)floorShare * fund / counties.Length, 0);
                var cap = Math.Round((decimal)capShare, 4);
                var profile = National with { AllocationFloor = new(floor, "t", false), AllocationCapShare = new(cap, "t", false) };
                var capYuan = (long)decimal.Floor(cap * fund);
                var feasible = (long)floor * counties.Length <= fund && (long)counties.Length * capYuan >= fund;
                try
                {
                    var allocation = FundAllocation.Allocate(profile, fund, counties);
                    return feasible
                        && allocation.Counties.Sum(c => c.Amount) == fund
                        && allocation.Counties.All(c => c.Amount >= floor && c.Amount <= capYuan);
                }
                catch (ArgumentException e) when (e.Message.StartsWith("The allocation's bounds cannot all hold", StringComparison.Ordinal))
                {
                    return !feasible;
                }
            },
            iter: 300,
            seed: EngineMatchesReferenceProperties.Seed);
}
