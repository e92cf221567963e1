using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Rules;
using static PovertyRules.Tests.Accountability.AccountabilityRecords;

namespace PovertyRules.Tests.Accountability;

public class TransferBeforeDecappingRuleTests
{
    private const string Id = "ACC-TRANSFER";

    [Fact]
    public void A_transfer_for_another_reason_the_day_before_decapping_breaches_the_rule()
    {
        var result = Assess(Compliant().WithTransfer(Decapped.AddDays(-1), TransferReason.Other));

        result.Status.Should().Be(AccountabilityStatus.Breach);
        result.FailedCriteria.Should().Equal(Id);
        result.BreachingTransfers.Should().ContainSingle();
        result.Findings.Single(f => f.RuleId == Id).Actual.Should().Contain("2019-04-29").And.Contain("breaches the rule");
    }

    [Fact]
    public void A_transfer_for_another_reason_on_the_day_of_decapping_is_allowed()
    {
        var result = Assess(Compliant().WithTransfer(Decapped, TransferReason.Other));

        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.Status.Should().Be(AccountabilityStatus.Compliant);
        result.BreachingTransfers.Should().BeEmpty();
    }

    [Fact]
    public void A_transfer_of_a_county_not_yet_decapped_breaches_the_rule_whatever_its_date()
    {
        var county = Compliant() with { Decapped = false, DecappedOn = null };

        Assess(county.WithTransfer(null, TransferReason.Other)).OutcomeOf(Id).Should().Be(Outcome.NotMet);
        Assess(county.WithTransfer(new DateOnly(2030, 1, 1), TransferReason.Other)).OutcomeOf(Id).Should().Be(Outcome.NotMet);
    }

    [Fact]
    public void A_transfer_at_a_general_term_change_before_decapping_is_allowed()
    {
        var county = Compliant() with { Decapped = false, DecappedOn = null };

        Assess(county.WithTransfer(new DateOnly(2016, 10, 1), TransferReason.GeneralTermChange)).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Theory]
    [InlineData(true, Outcome.Met)]
    [InlineData(false, Outcome.NotMet)]
    [InlineData(null, Outcome.Unknown)]
    public void A_transfer_in_special_circumstances_before_decapping_is_allowed_only_with_a_documented_approval(bool? approval, Outcome expected)
    {
        var result = Assess(Compliant().WithTransfer(Decapped.AddDays(-30), TransferReason.SpecialCircumstances, approval));

        result.OutcomeOf(Id).Should().Be(expected);
    }

    [Fact]
    public void A_transfer_in_a_county_that_is_not_designated_is_allowed()
    {
        var county = Compliant() with { Designated = false, Decapped = false, DecappedOn = null };

        Assess(county.WithTransfer(new DateOnly(2017, 1, 1), TransferReason.Other)).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void A_transfer_whose_date_is_not_recorded_in_a_decapped_county_is_unknown()
    {
        var result = Assess(Compliant().WithTransfer(null, TransferReason.Other));

        result.OutcomeOf(Id).Should().Be(Outcome.Unknown);
        result.Status.Should().Be(AccountabilityStatus.Undetermined);
    }

    [Fact]
    public void A_transfer_in_a_county_whose_designation_is_not_recorded_is_unknown_unless_exempted()
    {
        var county = Compliant() with { Designated = null, Decapped = false, DecappedOn = null };

        Assess(county.WithTransfer(new DateOnly(2017, 1, 1), TransferReason.Other)).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Assess(county.WithTransfer(new DateOnly(2017, 1, 1), TransferReason.GeneralTermChange)).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void A_transfer_whose_reason_is_not_recorded_before_decapping_is_unknown()
    {
        Assess(Compliant().WithTransfer(Decapped.AddDays(-1), null)).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void Transfers_not_recorded_are_unknown_and_none_proposed_is_met()
    {
        Assess(Compliant() with { ProposedTransfers = null }).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Assess(Compliant() with { ProposedTransfers = [] }).OutcomeOf(Id).Should().Be(Outcome.Met);
    }

    [Fact]
    public void One_breaching_transfer_is_decisive_over_one_with_a_missing_date()
    {
        var county = Compliant() with
        {
            ProposedTransfers =
            [
                new ProposedTransfer { Role = LeaderRole.CountyHead, Date = null, Reason = TransferReason.Other },
                new ProposedTransfer { Role = LeaderRole.PartySecretary, Date = Decapped.AddDays(-1), Reason = TransferReason.Other },
            ],
        };

        var result = Assess(county);

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.BreachingTransfers.Should().ContainSingle().Which.Role.Should().Be(LeaderRole.PartySecretary);
    }
}
