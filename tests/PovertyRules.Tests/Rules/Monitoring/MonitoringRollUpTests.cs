using PovertyRules.Model;
using PovertyRules.RollUp;
using PovertyRules.Tests.Support;
using static PovertyRules.Tests.Rules.Monitoring.MonitoredHouseholds;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Tests.Rules.Monitoring;

public class MonitoringRollUpTests
{
    private const string OtherVillage = "431226101202";
    private const string OtherCounty = "431227101201";

    [Fact]
    public void Monitored_households_are_counted_per_village_and_county_with_their_share_of_the_registered_population()
    {
        HouseholdRecord[] households =
        [
            Stable("A"),                                                        // 2 registered people, no risk
            Stable("B").Earning2021(5000m),                                     // unstable: 2 people monitored
            Stable("C").NeverRegistered().Earning2021(5000m) with { VillageCode = OtherVillage }, // marginal, not registered
            Stable("D").WithRecord(r => r with { UnavoidableExpenses = 20000m }) with { VillageCode = OtherCounty }, // hardship
            Stable("E").Earning2021(null) with { VillageCode = OtherCounty },    // undetermined
        ];

        var rollUp = Engine.Instance.MonitorHierarchy([.. households, null], Cn2021);

        rollUp.Villages.Keys.Should().Equal(Households.Village, OtherVillage, OtherCounty);
        rollUp.Counties.Keys.Should().Equal("431226", "431227");
        var first = rollUp.Villages[Households.Village];
        (first.Households, first.AtRisk, first.NotAtRisk, first.UnstableExited).Should().Be((2, 1, 1, 1));
        first.MonitoredShareOfRegistered.Should().Be(0.5m, "2 of the village's 4 registered people are monitored");
        var county = rollUp.Counties["431226"];
        (county.AtRisk, county.MarginalAtRisk, county.MonitoredPeople, county.RegisteredPeople).Should().Be((2, 1, 4L, 4L));
        var other = rollUp.Counties["431227"];
        (other.SuddenHardship, other.Undetermined).Should().Be((1, 1));
        (rollUp.Total.Households, rollUp.Total.InvalidInput, rollUp.Unattributed).Should().Be((6, 1, 1), "records in = results out, the null record counted in the total only");
    }
}
