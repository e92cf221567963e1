using PovertyRules.Assessment;
using PovertyRules.RollUp;
using PovertyRules.Policy;
using PovertyRules.Synthetic;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Synthetic;

public class SyntheticVillageRecordsTests
{
    private static readonly SyntheticPopulation Population = new(PolicyProfiles.National(2016), seed: 9);

    [Fact]
    public void Village_records_follow_the_layout_with_more_people_than_registered_households()
    {
        var layout = Population.Villages(200_000).ToList();
        var records = Population.VillageRecords(200_000).ToList();

        records.Select(v => v.Code).Should().Equal(layout.Select(v => v.Code));
        records.Zip(layout).Where(p => p.First.RuralPopulation is not null)
            .Should().OnlyContain(p => p.First.RuralPopulation >= 8 * p.Second.HouseholdCount && p.First.RuralPopulation <= 60 * p.Second.HouseholdCount);
        records.Should().OnlyContain(v => v.RemainingPoorPeople == null, "the roll-up counts them from the households");
    }

    [Fact]
    public void County_records_add_up_their_villages_populations()
    {
        var villages = Population.VillageRecords(300_000).ToList();
        var counties = Population.CountyRecords(300_000).ToList();

        counties.Select(c => c.Code).Should().Equal(Population.Counties(300_000).Select(c => c.Code));
        var populations = Population.Villages(300_000)
            .Zip(villages)
            .GroupBy(p => p.First.CountyCode)
            .ToDictionary(g => g.Key, g => g.Sum(p => (long)(p.Second.RuralPopulation ?? 0)));
        counties.Where(c => populations[c.Code] > 0).Should().OnlyContain(c => c.RuralPopulation >= populations[c.Code]);
    }

    [Fact]
    public void Same_seed_gives_the_same_records()
    {
        Population.VillageRecords(50_000).Should().Equal(new SyntheticPopulation(PolicyProfiles.National(2016), seed: 9).VillageRecords(50_000));
        Population.CountyRecords(50_000).Select(c => c.Evaluation).Should()
            .Equal(new SyntheticPopulation(PolicyProfiles.National(2016), seed: 9).CountyRecords(50_000).Select(c => c.Evaluation));
    }

    [Fact]
    public void The_synthetic_register_rolls_up_with_every_household_attributed_and_some_villages_delisted()
    {
        const int count = 60_000;

        var result = Engine.Instance.AssessHierarchy(
            Population.Households(count), Population.VillageRecords(count), Population.CountyRecords(count), PolicyProfiles.National(2016));

        result.HouseholdsRead.Should().Be(count);
        result.RejectedVillages.Should().BeEmpty();
        result.Counties.Should().HaveCount(Population.Counties(count).Count());
        result.Counties.SelectMany(c => c.Villages).Select(v => v.Status).Distinct().Should().Contain(VillageStatus.MayDelist).And.Contain(VillageStatus.RemainsListed);
    }
}
