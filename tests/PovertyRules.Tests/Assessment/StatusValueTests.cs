using PovertyRules.Assessment;

namespace PovertyRules.Tests.Assessment;

public class StatusValueTests
{
    [Fact]
    public void The_outcomes_every_level_shares_have_the_same_value_at_every_level()
    {
        ((int)VillageStatus.EligibleProcedurePending).Should().Be((int)HouseholdStatus.EligibleProcedurePending).And.Be((int)CountyStatus.EligibleProcedurePending);
        ((int)VillageStatus.Undetermined).Should().Be((int)HouseholdStatus.Undetermined).And.Be((int)CountyStatus.Undetermined);
        ((int)VillageStatus.InvalidInput).Should().Be((int)HouseholdStatus.InvalidInput).And.Be((int)CountyStatus.InvalidInput);
        ((int)VillageStatus.MayDelist).Should().Be((int)HouseholdStatus.MayExit).And.Be((int)CountyStatus.MayExit);
        ((int)VillageStatus.RemainsListed).Should().Be((int)HouseholdStatus.RemainsPoor).And.Be((int)CountyStatus.RemainsDesignated);
    }

    [Fact]
    public void No_village_or_county_outcome_takes_the_value_of_a_wrongly_registered_household()
    {
        Enum.GetValues<VillageStatus>().Select(s => (int)s).Should().NotContain((int)HouseholdStatus.IneligibleWronglyRegistered);
        Enum.GetValues<CountyStatus>().Select(s => (int)s).Should().NotContain((int)HouseholdStatus.IneligibleWronglyRegistered);
    }
}
