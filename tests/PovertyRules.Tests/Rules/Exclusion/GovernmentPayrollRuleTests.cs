using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.Exclusion;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Rules.Exclusion;

public class GovernmentPayrollRuleTests
{
    private const string Id = GovernmentPayrollRule.Id;

    [Fact]
    public void Member_on_a_government_payroll_makes_the_household_wrongly_registered()
    {
        var result = Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { OnGovernmentPayroll = true }));

        result.Status.Should().Be(HouseholdStatus.IneligibleWronglyRegistered);
        result.FailedCriteria.Should().Equal(Id);
    }

    [Fact]
    public void Village_cadre_counts_as_payroll_personnel_nationally()
    {
        Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { VillageCadre = true }))
            .Status.Should().Be(HouseholdStatus.IneligibleWronglyRegistered);
    }

    [Fact]
    public void Village_cadre_does_not_count_where_the_profile_leaves_cadres_out()
    {
        var profile = Engine.National2016 with { VillageCadresExcluded = new(false, "province", true) };

        Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { VillageCadre = true, }), profile)
            .OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void Cadre_with_a_documented_major_cause_is_exempt_only_when_the_profile_says_so()
    {
        var household = Households.Exiting().WithMember(Households.Adult() with { VillageCadre = true }) with { MajorPovertyCauseDocumented = true };
        var exempting = Engine.National2016 with { CadreWithMajorCauseExempt = new(true, "prefecture", false) };

        Engine.Assess(household).OutcomeOf(Id).Should().Be(Outcome.NotMet);
        Engine.Assess(household, exempting).OutcomeOf(Id).Should().Be(Outcome.Met);
        Engine.Assess(household with { MajorPovertyCauseDocumented = false }, exempting).OutcomeOf(Id).Should().Be(Outcome.NotMet);
        Engine.Assess(household with { MajorPovertyCauseDocumented = null }, exempting).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Exemption_never_covers_payroll_personnel()
    {
        var household = Households.Exiting().WithMember(Households.Adult() with { OnGovernmentPayroll = true, VillageCadre = true })
            with { MajorPovertyCauseDocumented = true };
        var exempting = Engine.National2016 with { CadreWithMajorCauseExempt = new(true, "prefecture", false) };

        Engine.Assess(household, exempting).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void Missing_payroll_or_cadre_status_is_unknown()
    {
        Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { OnGovernmentPayroll = null })).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { VillageCadre = null })).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Unknown_exclusion_makes_an_otherwise_eligible_household_undetermined()
    {
        Engine.Assess(Households.Exiting().WithMember(Households.Adult() with { OnGovernmentPayroll = null }))
            .Status.Should().Be(HouseholdStatus.Undetermined);
    }
}
