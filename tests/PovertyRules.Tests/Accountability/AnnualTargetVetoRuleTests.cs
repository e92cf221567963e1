using PovertyRules.Assessment;
using PovertyRules.Rules;
using static PovertyRules.Tests.Accountability.AccountabilityRecords;

namespace PovertyRules.Tests.Accountability;

public class AnnualTargetVetoRuleTests
{
    private const string Id = "ACC-TARGET-VETO";

    [Fact]
    public void A_target_missed_by_one_person_vetoes_the_year()
    {
        var result = Assess(Compliant() with { Years = [Year(2017, "A", 8000, 8000), Year(2018, "A", 6000, 5999)] });

        result.Status.Should().Be(AccountabilityStatus.Breach);
        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.VetoedYears.Should().Equal(2018);
        var finding = result.Findings.Single(f => f.RuleId == Id);
        finding.Actual.Should().Contain("2018: 5,999 lifted out of a target of 6,000 (missed: vetoed)");
        finding.MessageZh.Should().Contain("未达标");
        finding.MessageEn.Should().Contain("not met");
    }

    [Fact]
    public void A_target_met_exactly_is_not_vetoed()
    {
        var result = Assess(Compliant() with { Years = [Year(2018, "A", 6000, 6000)] });

        result.OutcomeOf(Id).Should().Be(Outcome.Met);
        result.VetoedYears.Should().BeEmpty();
    }

    [Theory]
    [InlineData(false, Outcome.NotMet)]
    [InlineData(true, Outcome.Met)]
    [InlineData(null, Outcome.Unknown)]
    public void Without_the_counts_the_recorded_flag_decides(bool? met, Outcome expected)
    {
        Assess(Compliant() with { Years = [Year(2018, "A", null, 6000, met)] }).OutcomeOf(Id).Should().Be(expected);
    }

    [Fact]
    public void No_year_recorded_is_unknown()
    {
        Assess(Compliant() with { Years = null }).OutcomeOf(Id).Should().Be(Outcome.Unknown);
        Assess(Compliant() with { Years = [] }).OutcomeOf(Id).Should().Be(Outcome.Unknown);
    }

    [Fact]
    public void A_missed_year_is_decisive_over_a_year_not_recorded()
    {
        var result = Assess(Compliant() with { Years = [Year(2016, "B", 9000, 8999), Year(2017, "A", null, null)] });

        result.OutcomeOf(Id).Should().Be(Outcome.NotMet);
        result.VetoedYears.Should().Equal(2016);
    }
}
