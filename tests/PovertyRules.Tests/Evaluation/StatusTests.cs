using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Model;
using PovertyRules.Rules.Exclusion;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

public class StatusTests
{
    [Fact]
    public void Household_meeting_every_criterion_with_the_procedure_complete_may_exit()
    {
        var result = Engine.Assess(Households.Exiting());

        result.Status.Should().Be(HouseholdStatus.MayExit);
        result.FailedCriteria.Should().BeEmpty();
        result.UnknownCriteria.Should().BeEmpty();
        result.Findings.Should().OnlyContain(f => f.Outcome == Outcome.Met);
    }

    [Fact]
    public void Every_applicable_criterion_has_one_finding_in_report_order()
    {
        var result = Engine.Assess(Households.Exiting());

        result.Findings.Select(f => f.RuleId).Should().Equal(
            IncomeAboveLineRule.Id, FoodAndClothingRule.Id, CompulsoryEducationRule.Id, MedicalInsuranceRule.Id, SafeHousingRule.Id,
            AppraisalStepRule.Id, VerificationStepRule.Id, ConsentStepRule.Id, PublicNoticeStepRule.Id, AnnouncementStepRule.Id,
            GovernmentPayrollRule.Id, RegisteredBusinessRule.Id, CommercialHousingRule.Id, CarOwnershipRule.Id);
        result.Findings.Should().OnlyContain(f => f.Citation.Length > 0 && f.MessageZh.Length > 0 && f.MessageEn.Length > 0);
    }

    [Fact]
    public void Exclusion_outranks_failed_exit_criteria()
    {
        var household = Households.Exiting().WithIncome(2016, 1000m) with { RegisteredBusiness = true };

        var result = Engine.Assess(household);

        result.Status.Should().Be(HouseholdStatus.IneligibleWronglyRegistered);
        result.FailedCriteria.Should().BeEquivalentTo(IncomeAboveLineRule.Id, RegisteredBusinessRule.Id);
    }

    [Fact]
    public void Known_failure_is_decisive_over_a_missing_input()
    {
        var household = Households.Exiting().WithIncome(2016, 1000m) with { FoodAndClothingSecure = null, Vehicles = null };

        var result = Engine.Assess(household);

        result.Status.Should().Be(HouseholdStatus.RemainsPoor);
        result.FailedCriteria.Should().Equal(IncomeAboveLineRule.Id);
        result.UnknownCriteria.Should().BeEquivalentTo(FoodAndClothingRule.Id, CarOwnershipRule.Id);
    }

    [Fact]
    public void Missing_input_with_no_known_failure_is_undetermined_even_with_the_procedure_complete()
    {
        Engine.Assess(Households.Exiting() with { Dwelling = null }).Status.Should().Be(HouseholdStatus.Undetermined);
    }

    [Fact]
    public void Missing_exit_criterion_and_missing_procedure_is_undetermined_not_pending()
    {
        Engine.Assess(Households.Exiting() with { Dwelling = null, ExitProcedure = null }).Status.Should().Be(HouseholdStatus.Undetermined);
    }

    [Fact]
    public void Receipt_names_profile_parameter_hash_and_rule_set_version()
    {
        var receipt = Engine.Assess(Households.Exiting()).Receipt;

        receipt.ProfileId.Should().Be("CN-2016");
        receipt.ParameterHash.Should().MatchRegex("^[0-9a-f]{16}$");
        receipt.RuleSetVersion.Should().Be(Engine.Instance.RuleSetVersion).And.Contain("+rules.");
    }

    [Fact]
    public void Changing_a_parameter_value_changes_the_hash_and_changing_a_citation_does_not()
    {
        var baseline = Engine.Assess(Households.Exiting()).Receipt.ParameterHash;
        var recited = Engine.National2016 with { MinimumNoticeDays = Engine.National2016.MinimumNoticeDays with { Citation = "another text" } };
        var changed = Engine.National2016 with { MinimumNoticeDays = new(10, "province", true) };

        Engine.Assess(Households.Exiting(), recited).Receipt.ParameterHash.Should().Be(baseline);
        Engine.Assess(Households.Exiting(), changed).Receipt.ParameterHash.Should().NotBe(baseline);
    }

    [Fact]
    public void Findings_are_the_same_object_on_every_access()
    {
        var result = Engine.Assess(Households.Exiting());

        result.Findings.Should().BeSameAs(result.Findings);
    }

    [Fact]
    public void Assessing_under_a_profile_missing_the_years_line_throws_naming_the_line()
    {
        var profile = Engine.National2016 with { PovertyLines = Engine.National2016.PovertyLines.Remove(2016) };

        var act = () => Engine.Assess(Households.Exiting(), profile);

        act.Should().Throw<ArgumentException>().WithMessage("*$.povertyLines.2016*missing*");
    }

    [Fact]
    public void Poverty_line_can_be_raised_by_a_policy_team()
    {
        var raised = Engine.National2016.WithPovertyLine(2016, 4000m, "proposal", verified: false);

        Engine.Assess(Households.Exiting(income: 3999m), raised).Status.Should().Be(HouseholdStatus.RemainsPoor);
        Engine.Assess(Households.Exiting(income: 4000.5m), raised).Status.Should().Be(HouseholdStatus.MayExit);
    }

    [Fact]
    public void Register_exit_flag_does_not_decide_the_outcome()
    {
        Engine.Assess(Households.Exiting().WithIncome(2016, 100m) with { ExitFlag = ExitFlag.ExitedWithSupport })
            .Status.Should().Be(HouseholdStatus.RemainsPoor);
    }
}
