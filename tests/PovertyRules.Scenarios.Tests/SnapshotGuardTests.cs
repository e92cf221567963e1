using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Scenarios.Tests;

public class SnapshotGuardTests
{
    private static readonly PolicyProfile Baseline = PolicyProfiles.National(2016);

    private static IEnumerable<Household> Sample(params decimal[] incomes) => incomes.Select((income, i) => new Household
    {
        Id = $"S{i}",
        VillageCode = "431226101201",
        Members = [new Member { Relationship = Relationship.Head, Age = 45, Schooling = SchoolingStatus.NotInSchool, MedicalInsuranceEligible = true, MedicalInsuranceEnrolled = true, OnGovernmentPayroll = false, VillageCadre = false }],
        Income = [new AnnualIncome { Year = 2016, PerCapitaNet = income }],
        FoodAndClothingSecure = true,
        Dwelling = new Dwelling { Grade = HousingGrade.A, Resettled = false },
        SafeDrinkingWater = true,
        RegisteredBusiness = false,
        OwnedHousing = [],
        Vehicles = [],
        ExitProcedure = new ExitProcedureRecord { AppraisalHeld = true, Verified = true, HouseholdConsented = true, NoticeDays = 7, UnresolvedObjections = 0, Announced = true },
    });

    private static readonly PolicyProfile Line3000 = Baseline.WithPovertyLine(2016, 3000m, "Proposal", verified: false) with { Id = "LINE-3000" };

    [Fact]
    public void A_change_of_exactly_the_allowed_share_passes_and_returns_the_report()
    {
        var report = SnapshotGuard.AssertAtMostChanged(Sample(2990, 3100, 3200, 3300), Baseline, Line3000, maxChangedPercent: 25);

        report.Households.Changed.Should().Be(1);
    }

    [Fact]
    public void A_change_above_the_allowed_share_fails_with_the_transitions_criteria_and_households()
    {
        var act = () => SnapshotGuard.AssertAtMostChanged(Sample(2990, 2995, 3200, 3300), Baseline, Line3000, maxChangedPercent: 25);

        var error = act.Should().Throw<SnapshotGuardException>().Which;
        error.ChangedPercent.Should().Be(50);
        error.Message.Should().StartWith("50% of the sample (2 of 4 households) changes outcome between CN-2016 and LINE-3000; at most 25% is allowed.");
        error.Message.Should().Contain("MayExit → RemainsPoor: 2 records").And.Contain("HH-INCOME Met → NotMet").And.Contain("S1: MayExit → RemainsPoor");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void An_allowed_share_outside_0_to_100_percent_is_refused(double percent)
    {
        var act = () => SnapshotGuard.AssertAtMostChanged(Sample(3000), Baseline, Baseline, percent);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*0 to 100*");
    }

    [Fact]
    public void An_empty_sample_is_refused_because_it_guards_nothing()
    {
        var act = () => SnapshotGuard.AssertAtMostChanged([], Baseline, Line3000, 5);

        act.Should().Throw<ArgumentException>().WithMessage("*empty*");
    }
}
