using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Rules.DataQuality;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.DataQuality;

public class AssessCheckedTests
{
    private static List<CheckedAssessment> Run(params Household?[] households) =>
        [.. Engine.Instance.AssessChecked(households, Quality.National2016)];

    [Fact]
    public void An_error_finding_makes_the_record_invalid_input_with_the_finding_as_its_reason_at_its_row()
    {
        var badId = Quality.Clean().WithMember(0, m => m with { IdNumber = "360730196803120038", Source = new SourceLocation("roster.csv", 2) });

        var result = Run(badId).Single();

        result.Assessment.Status.Should().Be(HouseholdStatus.InvalidInput);
        var error = result.Assessment.Errors.Should().ContainSingle().Subject;
        error.Field.Should().Be("Members[0].IdNumber");
        error.Location.Should().Be(new SourceLocation("roster.csv", 2, "证件号码"));
        error.Reason.Should().Contain("DQ-ID-CHECKSUM").And.Contain("its check character is 7");
        result.Quality.Findings.Should().ContainSingle(f => f.RuleId == IdNumberChecksumRule.Id);
    }

    [Fact]
    public void Warnings_travel_with_an_assessment_they_do_not_change()
    {
        var warned = Quality.Clean() with { Dwelling = new Dwelling { Grade = HousingGrade.A, Resettled = false, FloorAreaSquareMetres = 0m } };

        var result = Run(warned).Single();

        result.Assessment.Should().BeEquivalentTo(Engine.Assess(warned, Quality.National2016));
        result.Quality.Findings.Should().ContainSingle().Which.RuleId.Should().Be(HousingAreaRule.Id);
    }

    [Fact]
    public void Records_in_equal_results_out_in_input_order_across_batches_with_duplicates_found_across_them()
    {
        var households = Enumerable.Range(0, 1200).Select(i => (Household?)(Quality.Neighbour($"H{i}") with
        {
            Members = [Quality.Head with { IdNumber = Quality.IdNumber(new DateOnly(1968, 3, 12), 1 + (2 * (i % 499))) }],
        })).ToList();
        households[700] = null;

        var results = Run([.. households]);

        results.Should().HaveCount(1200);
        results.Select(r => r.Quality.Index).Should().Equal(Enumerable.Range(0, 1200));
        results.Select(r => r.Assessment.HouseholdId).Should().Equal(households.Select(h => h?.Id));
        results[700].Assessment.Status.Should().Be(HouseholdStatus.InvalidInput);
        results.Take(499).Should().OnlyContain(r => r.Quality.Findings.Count == 0);
        results[499].Quality.Findings.Should().ContainSingle().Which.Actual.Should().EndWith("of household H0");
        results[499].Assessment.Status.Should().Be(HouseholdStatus.InvalidInput);
        results[1100].Quality.Findings.Select(f => f.RuleId).Should().Equal(DuplicateIdRule.Id);
    }

    [Fact]
    public void The_profile_is_checked_before_any_record_is_read()
    {
        var act = () => Engine.Instance.AssessChecked([Quality.Clean()], Quality.National2016 with { PrimaryImplausibleFromAge = new(-3, "test", false) });

        act.Should().Throw<ArgumentException>().WithMessage("*primaryImplausibleFromAge*");
    }
}
