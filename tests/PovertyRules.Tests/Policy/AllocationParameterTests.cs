using System.Collections.Immutable;
using PovertyRules.Assessment;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Policy;

public class AllocationParameterTests
{
    private static PolicyProfile National => PolicyProfiles.National(2016);

    [Fact]
    public void The_national_factor_weights_sum_to_one_and_are_flagged_unverified_with_a_citation()
    {
        (National.AllocationPoorPopulationWeight.Value + National.AllocationIncidenceWeight.Value
            + National.AllocationRuralIncomeWeight.Value + National.AllocationPerformanceWeight.Value).Should().Be(1m);
        foreach (var name in new[] { "allocationPoorPopulationWeight", "allocationIncidenceWeight", "allocationRuralIncomeWeight", "allocationPerformanceWeight", "allocationGradeScores", "allocationFloor", "allocationCapShare" })
        {
            var parameter = ProfileParameters.Find(name)!;
            parameter.Verified(National).Should().BeFalse(name);
            parameter.Citation(National).Should().NotBeNullOrWhiteSpace(name);
        }

        National.AllocationGradeScores.Value.Keys.Should().Equal("A", "B", "C", "D");
        National.AllocationFloor.Value.Should().BeNull();
        National.AllocationCapShare.Value.Should().BeNull();
    }

    [Fact]
    public void Weights_that_do_not_sum_to_one_are_refused_naming_the_sum()
    {
        var profile = National with { AllocationIncidenceWeight = new(0.3m, "t", false) };

        ProfileValidator.Validate(profile).Should().ContainSingle()
            .Which.Should().Be(new ProfileProblem("$.parameters.allocationPerformanceWeight.value", "the four allocation weights must sum to 1, found 1.1"));
    }

    [Theory]
    [InlineData("allocationGradeScores", "the score of grade 'A' must be from 0 to 1, found 1.5")]
    [InlineData("allocationFloor", "must be zero or more yuan, or null, found -1")]
    [InlineData("allocationCapShare", "must be a share above 0 and at most 1, or null, found 0")]
    public void An_allocation_figure_out_of_range_is_refused_naming_the_parameter(string name, string reason)
    {
        var profile = name switch
        {
            "allocationGradeScores" => National with { AllocationGradeScores = new(ImmutableSortedDictionary<string, decimal>.Empty.Add("A", 1.5m), "t", false) },
            "allocationFloor" => National with { AllocationFloor = new(-1m, "t", false) },
            _ => National with { AllocationCapShare = new(0m, "t", false) },
        };

        ProfileValidator.Validate(profile).Should().ContainSingle().Which.Should().Be(new ProfileProblem($"$.parameters.{name}.value", reason));
    }

    [Fact]
    public void Allocation_figures_do_not_enter_an_assessments_parameter_hash()
    {
        var reweighted = National with
        {
            AllocationPoorPopulationWeight = new(0.7m, "provincial rule", true),
            AllocationIncidenceWeight = new(0.1m, "provincial rule", true),
            AllocationRuralIncomeWeight = new(0.1m, "provincial rule", true),
            AllocationPerformanceWeight = new(0.1m, "provincial rule", true),
            AllocationFloor = new(1_000_000m, "provincial rule", true),
        };

        ReceiptFactory.ParameterHash(reweighted).Should().Be(ReceiptFactory.ParameterHash(National), "no household, village or county decision reads them");
    }
}
