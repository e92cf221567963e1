using System.Collections.Immutable;
using PovertyRules.Planning;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Planning;

public class FundAllocationTests
{
    private static readonly PolicyProfile National = PolicyProfiles.Find("CN-2016")!;

    private static PolicyProfile With(decimal? floor = null, decimal? cap = null) =>
        National with { Id = "bounded", AllocationFloor = new(floor, "test floor", false), AllocationCapShare = new(cap, "test cap", false) };

    private static readonly AllocationCounty[] Two =
    [
        new("430101", "a", PoorPeople: 3_000, RuralPopulation: 100_000, RuralIncomePerCapita: 5_000m, Grade: "A"),
        new("430102", "b", PoorPeople: 1_000, RuralPopulation: 100_000, RuralIncomePerCapita: 5_000m, Grade: "A"),
    ];

    [Fact]
    public void Two_counties_get_the_fund_by_their_weighted_factor_shares()
    {
        // Poor 3,000 / 1,000 → 75% / 25% × 0.4; incidence 3% / 1% → 75% / 25% × 0.2; equal incomes and grades → 50% × 0.2 each.
        // Scores 0.3 + 0.15 + 0.1 + 0.1 = 0.65 and 0.35.
        var allocation = FundAllocation.Allocate(National, 1_000_000, Two);

        allocation.Counties.Select(c => c.Score).Should().Equal(0.65m, 0.35m);
        allocation.Counties.Select(c => c.Amount).Should().Equal(650_000, 350_000);
        allocation.Counties[0].Factors.Select(f => f.Factor).Should().Equal(AllocationFactor.PoorPopulation, AllocationFactor.Incidence, AllocationFactor.RuralIncome, AllocationFactor.Performance);
        allocation.Counties[0].Explanation.Should().StartWith("poor population 3,000: share 75% × weight 0.4 = 30% + incidence 3%: share 75% × weight 0.2 = 15%")
            .And.EndWith("= score 65%; quota 650,000 yuan; 650,000 yuan");
        allocation.Verified.Should().BeFalse("the built-in allocation figures are unverified");
    }

    [Fact]
    public void A_lower_income_and_a_better_grade_get_more()
    {
        var counties = new AllocationCounty[]
        {
            new("430101", "poorer, A", 1_000, 100_000, 4_000m, "A"),
            new("430102", "richer, D", 1_000, 100_000, 8_000m, "D"),
        };

        var amounts = FundAllocation.Allocate(National, 1_000_000, counties).Counties.Select(c => c.Amount).ToList();

        // income inverse: 1/4000 : 1/8000 = 2/3 : 1/3; grades 1.0 : 0.4 = 5/7 : 2/7. 0.2 + 0.1 + 0.2·2/3 + 0.2·5/7 = 0.5762 (to 4 places).
        amounts.Should().Equal(576_190, 423_810);
    }

    [Fact]
    public void The_amounts_in_whole_yuan_sum_exactly_to_the_fund_a_tie_going_to_the_lower_code()
    {
        var three = Enumerable.Range(1, 3).Select(i => new AllocationCounty($"43010{4 - i}", $"c{i}", 1_000, 100_000, 5_000m, "B")).ToArray();

        var allocation = FundAllocation.Allocate(National, 100, three);

        allocation.Counties.Select(c => (c.Code, c.Amount)).Should().Equal(("430103", 33L), ("430102", 33L), ("430101", 34L));
    }

    [Theory]
    [InlineData(350_000, 350_000, AllocationBound.None)]
    [InlineData(350_001, 350_001, AllocationBound.Floor)]
    public void A_county_below_the_floor_is_raised_to_it_and_one_at_the_floor_is_not(long floor, long amount, AllocationBound bound)
    {
        var allocation = FundAllocation.Allocate(With(floor: floor), 1_000_000, Two);

        allocation.Counties[1].Amount.Should().Be(amount);
        allocation.Counties[1].Bound.Should().Be(bound);
        allocation.Counties.Sum(c => c.Amount).Should().Be(1_000_000);
    }

    [Theory]
    [InlineData(0.65, 650_000, AllocationBound.None)]
    [InlineData(0.6, 600_000, AllocationBound.Cap)]
    public void A_county_above_the_cap_is_lowered_to_it_and_the_rest_goes_to_the_others(double capShare, long amount, AllocationBound bound)
    {
        var allocation = FundAllocation.Allocate(With(cap: (decimal)capShare), 1_000_000, Two);

        allocation.Counties[0].Amount.Should().Be(amount);
        allocation.Counties[0].Bound.Should().Be(bound);
        allocation.Counties[1].Amount.Should().Be(1_000_000 - amount);
    }

    [Theory]
    [InlineData(500_000, true)]
    [InlineData(500_001, false)]
    public void A_floor_the_fund_cannot_give_every_county_is_refused_not_silently_broken(long floor, bool holds)
    {
        var act = () => FundAllocation.Allocate(With(floor: floor), 1_000_000, Two);

        if (holds)
        {
            act.Should().NotThrow().Which.Counties.Select(c => c.Amount).Should().Equal(500_000, 500_000);
        }
        else
        {
            act.Should().Throw<ArgumentException>().WithMessage("The allocation's bounds cannot all hold: the floor of 500,001 for each of 2 counties needs 1,000,002, more than the total of 1,000,000.*");
        }
    }

    [Theory]
    [InlineData(0.5, true)]
    [InlineData(0.4999, false)]
    public void A_cap_that_leaves_part_of_the_fund_unallocated_is_refused(double capShare, bool holds)
    {
        var act = () => FundAllocation.Allocate(With(cap: (decimal)capShare), 1_000_000, Two);

        if (holds)
        {
            act.Should().NotThrow();
        }
        else
        {
            act.Should().Throw<ArgumentException>().WithMessage("*the cap of 499,900 a county lets the counties take at most 999,800*");
        }
    }

    [Fact]
    public void A_missing_figure_or_an_unknown_grade_is_refused_naming_the_county()
    {
        var counties = new AllocationCounty[] { new("430101", "a", null, 100_000, 5_000m, "A"), new("430102", "b", 10, 100_000, 0m, "E") };

        var act = () => FundAllocation.Allocate(National, 1_000, counties);

        act.Should().Throw<ArgumentException>().WithMessage(
            "*county 430101: poor people not recorded*county 430102: rural income per capita '0'*county 430102: grade 'E' has no score in allocationGradeScores (has A, B, C, D)*");
    }

    [Fact]
    public void A_factor_without_weight_needs_no_figure()
    {
        var profile = National with
        {
            AllocationPoorPopulationWeight = new(0.5m, "t", false), AllocationIncidenceWeight = new(0.5m, "t", false),
            AllocationRuralIncomeWeight = new(0m, "t", false), AllocationPerformanceWeight = new(0m, "t", false),
        };

        var allocation = FundAllocation.Allocate(profile, 1_000, [new("430101", "a", 1, 100, null, null), new("430102", "b", 1, 100, null, null)]);

        allocation.Counties.Select(c => c.Amount).Should().Equal(500, 500);
        allocation.Counties[0].Factors.Should().HaveCount(2);
    }

    [Fact]
    public void Every_county_with_no_poor_leaves_the_poor_population_factor_unshareable_and_says_so()
    {
        var act = () => FundAllocation.Allocate(National, 1_000, [new("430101", "a", 0, 100, 5_000m, "A")]);

        act.Should().Throw<ArgumentException>().WithMessage("*the PoorPopulation factor has weight 0.4 but every county's value is zero*");
    }
}
