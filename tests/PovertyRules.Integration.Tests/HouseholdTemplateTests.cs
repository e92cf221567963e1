using PovertyRules.Assessment;
using PovertyRules.Policy;
using PovertyRules.Rules;

namespace PovertyRules.Integration.Tests;

public sealed class HouseholdTemplateTests
{
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);
    private static readonly PovertyRulesEngine Engine = new();

    private static HouseholdTemplate Above() => HouseholdTemplate.FullyRecorded("4312260001", "431226101201", 2016, 3400m);

    [Fact]
    public void A_fully_recorded_household_above_the_line_may_exit_with_every_criterion_known()
    {
        var result = Engine.Assess(Above().Build(), Profile);

        result.Status.Should().Be(HouseholdStatus.MayExit);
        result.FailedCriteria.Should().BeEmpty();
        result.UnknownCriteria.Should().BeEmpty();
        result.Findings.Should().NotBeEmpty().And.OnlyContain(f => f.Outcome == Outcome.Met);
    }

    [Fact]
    public void A_fully_recorded_household_at_the_line_remains_poor_for_income_alone()
    {
        var result = Engine.Assess(Above().WithIncome(2016, 2952m).Build(), Profile);

        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.FailedCriteria.Should().Equal("HH-INCOME");
    }

    [Fact]
    public void Changing_one_member_changes_only_that_member_and_leaves_the_builder_it_came_from_as_it_was()
    {
        var two = Above().AddMember(HouseholdTemplate.FullyRecordedMember(Relationship.Son, 12, SchoolingStatus.Grade7));

        var cadre = two.WithMember(0, head => head with { VillageCadre = true });

        cadre.Build().Members[0].VillageCadre.Should().BeTrue();
        cadre.Build().Members[1].Should().Be(two.Build().Members[1]);
        two.Build().Members[0].VillageCadre.Should().BeFalse();
        Engine.Assess(cadre.Build(), Profile).Status.Should().Be(HouseholdStatus.IneligibleWronglyRegistered);
        Engine.Assess(two.Build(), Profile).Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void A_child_out_of_school_for_poverty_fails_compulsory_education()
    {
        var household = Above()
            .AddMember(HouseholdTemplate.FullyRecordedMember(Relationship.Daughter, 13, SchoolingStatus.NotInSchool))
            .WithMember(1, child => child with { OutOfSchoolReason = OutOfSchoolReason.Poverty })
            .Build();

        Engine.Assess(household, Profile).FailedCriteria.Should().Equal("HH-EDUCATION");
    }

    [Fact]
    public void WithIncome_replaces_the_year_s_record_and_keeps_the_others()
    {
        var household = Above().WithIncome(2015, 3000m).WithIncome(2016, 3600m).Build();

        household.Income.Select(i => (i.Year, i.PerCapitaNet)).Should().BeEquivalentTo([(2015, (decimal?)3000m), (2016, (decimal?)3600m)]);
    }

    [Fact]
    public void A_member_position_out_of_range_names_the_position_and_the_count()
    {
        var change = () => Above().WithMember(3, m => m);

        change.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index")
            .WithMessage("The household has 1 member(s), at positions 0 to 0.*");
    }

    [Fact]
    public void Any_other_field_changes_with_a_with_expression()
    {
        var household = Above().WithIncome(2019, 6000m).With(h => h with { SafeDrinkingWater = null }).Build();

        household.SafeDrinkingWater.Should().BeNull();
        var result = Engine.Assess(household, PolicyProfiles.National(2019));
        result.Status.Should().Be(HouseholdStatus.Undetermined, "from 2019 safe water is required, and it is not recorded");
        result.UnknownCriteria.Should().Equal("HH-WATER");
    }
}
