using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Rules.DataQuality;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.DataQuality;

public class ValidateManyTests
{
    private static DataQualityReport Run(params Household?[] households) => Engine.Instance.ValidateMany(households, Quality.National2016);

    [Fact]
    public void The_same_id_number_in_two_households_is_found_at_the_later_one_naming_the_earlier()
    {
        var first = Quality.Clean("H1") with { Source = new SourceLocation("roster.csv", 2) };
        var second = Quality.Neighbour("H2").WithMember(2, m => m with { IdNumber = Quality.Head.IdNumber, Source = new SourceLocation("roster.csv", 9) });

        var report = Run(first, second);

        report.Records[0].Findings.Should().BeEmpty();
        var duplicate = report.Records[1].Findings.Where(f => f.RuleId == DuplicateIdRule.Id).Should().ContainSingle().Subject;
        duplicate.Field.Should().Be("Members[2].IdNumber");
        duplicate.Location.Should().Be(new SourceLocation("roster.csv", 9, "证件号码"));
        duplicate.Actual.Should().Be("360730***********7 is also Members[0] of household H1 (roster.csv:2)");
        duplicate.Severity.Should().Be(DataQualitySeverity.Error);
    }

    [Fact]
    public void Different_id_numbers_across_households_are_no_duplicate_and_a_missing_one_is_unchecked()
    {
        Run(Quality.Clean("H1"), Quality.Neighbour("H2")).Records.Should().OnlyContain(r => r.Findings.Count == 0);
        Quality.Clean().WithMember(1, m => m with { IdNumber = null }).CheckOf(DuplicateIdRule.Id).Should().Be(Check.Unchecked);
    }

    [Fact]
    public void An_old_15_digit_number_and_its_18_character_form_are_the_same_person()
    {
        var old = Quality.Neighbour("H2").WithMember(0, m => m with { IdNumber = "360730680312003" });

        Run(Quality.Clean("H1"), old).Records[1].Findings.Select(f => f.RuleId).Should().Contain(DuplicateIdRule.Id);
    }

    [Fact]
    public void A_person_recorded_twice_in_one_household_is_found_by_a_single_validation()
    {
        var twice = Quality.Clean().WithMember(2, m => Quality.Head with { Relationship = Relationship.Son });

        twice.CheckOf(DuplicateIdRule.Id).Should().Be(Check.Found);
        twice.Finding(DuplicateIdRule.Id).Actual.Should().Be("360730***********7 is also Members[0] of this household");
    }

    [Fact]
    public void Records_in_equal_results_out_with_a_null_or_malformed_record_carrying_its_input_errors()
    {
        var malformed = Quality.Clean("H3") with { Members = [Quality.Head, null!] };

        var report = Run(Quality.Clean("H1"), null, malformed, Quality.Neighbour("H4").WithIncome(2016, 100));

        report.Records.Select(r => r.Index).Should().Equal(0, 1, 2, 3);
        report.Records.Select(r => r.HouseholdId).Should().Equal("H1", null, "H3", "H4");
        report.Records[1].InputErrors.Should().ContainSingle().Which.Reason.Should().Be("the record is null");
        report.Records[2].Checked.Should().BeFalse();
        report.Records[2].InputErrors.Should().Contain(e => e.Field == "Members[1]");
        report.Records[2].HasErrors.Should().BeTrue();
        report.Records[3].Findings.Should().ContainSingle(f => f.RuleId == ExitedIncomeRule.Id);
        report.Unreadable.Should().Be(2);
        report.WithErrors.Should().Be(2);
    }

    [Fact]
    public void The_summary_counts_each_checks_findings_and_records_and_keeps_the_first_rows()
    {
        var households = Enumerable.Range(0, 30)
            .Select(i => Quality.Clean($"H{i}") with { Members = [Quality.Head, Quality.Spouse] })
            .Select((h, i) => h.WithMember(0, m => m with { IdNumber = "36073019680312003", Source = new SourceLocation("roster.csv", 2 + (3 * i)) })
                .WithMember(1, m => m with { IdNumber = "3607301970070200", Source = new SourceLocation("roster.csv", 3 + (3 * i)) }))
            .ToArray();

        var report = Engine.Instance.ValidateMany(households, Quality.National2016);

        var length = report.Rules.Single(r => r.RuleId == IdNumberLengthRule.Id);
        length.Findings.Should().Be(60);
        length.Records.Should().Be(30);
        length.Severity.Should().Be(DataQualitySeverity.Error);
        length.FirstFindings.Should().HaveCount(DataQualityReport.FirstFindingsKept);
        length.FirstFindings.Select(f => f.Location!.Line).Should().Equal(2, 3, 5, 6, 8, 9, 11, 12, 14, 15);
        report.Rules.Single(r => r.RuleId == IdNumberChecksumRule.Id).Unchecked.Should().Be(30);
        report.Rules.Single(r => r.RuleId == HousingAreaRule.Id).Findings.Should().Be(0);
        report.Rules.Select(r => r.RuleId).Should().NotContain(ExitedWaterRule.Id, "safe water is not an exit criterion in 2016");
        report.ProfileId.Should().Be("CN-2016");
    }

    [Fact]
    public void A_bad_profile_is_refused_before_any_record_is_read()
    {
        var bad = Quality.National2016 with { LabourRecordedToAge = new(10, "test", false) };
        var read = 0;
        IEnumerable<Household?> Source()
        {
            read++;
            yield return Quality.Clean();
        }

        var act = () => Engine.Instance.ValidateMany(Source(), bad);

        act.Should().Throw<ArgumentException>().WithMessage("*labourRecordedToAge*");
        read.Should().Be(0);
    }
}
