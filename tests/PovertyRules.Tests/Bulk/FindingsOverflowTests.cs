using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules.Household;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Bulk;

/// <summary>Issue 16, "Reading Findings can throw OverflowException after a normal status".</summary>
public class FindingsOverflowTests
{
    [Fact]
    public void Findings_never_overflow_after_a_status_when_a_skipped_later_year_holds_excluded_transfers_at_decimal_MaxValue()
    {
        // Two years required, the earlier year decisive (below the line), the later year's excluded transfers at
        // decimal.MaxValue: the rule never needed the later year, and the explanation used to recompute it.
        var profile = PolicyProfiles.National(2016) with
        {
            YearsAboveLine = new(2, "test", false),
            ExcludedTransfers = new(TransferExclusions.Pension | TransferExclusions.MinimumLivingAllowance, "test", false),
        };
        var household = Households.Exiting() with
        {
            Income =
            [
                new AnnualIncome { Year = 2015, PerCapitaNet = 100m },
                new AnnualIncome { Year = 2016, PerCapitaNet = 3400m, Pension = decimal.MaxValue, MinimumLivingAllowance = decimal.MaxValue },
            ],
        };

        var result = Engine.Instance.Assess(household, profile);
        var read = () => result.Findings.Select(f => f.ToString()).ToList();

        read.Should().NotThrow();
        // The fix: an overflow in a criterion's arithmetic makes the record invalid input naming the rule, before any
        // status is given, so there is no status whose findings could then throw.
        result.Status.Should().Be(HouseholdStatus.InvalidInput);
        result.Errors.Should().ContainSingle().Which.Reason.Should().Contain(IncomeAboveLineRule.Id);
        result.Findings.Should().BeEmpty();

        Engine.Instance.AssessMany([household, household with { Id = "H2" }], profile).Should().HaveCount(2, "a bulk run goes past it");
    }
}
