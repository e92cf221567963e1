using System.Text;
using PovertyRules.Assessment;
using PovertyRules.Data;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Rules.DataQuality;
using PovertyRules.Tests.Support;
using Xunit.Abstractions;

namespace PovertyRules.Tests.DataQuality;

/// <summary>
/// The data-quality checks over the register sample export (samples/register/roster-utf8-codes.csv) read by the Data
/// package's roster reader: defects planted in a copy are each found at their row and column, and nothing else is.
/// </summary>
public class RegisterSampleDefectTests(ITestOutputHelper output)
{
    private const string Sample = "roster-utf8-codes.csv";
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2019);

    [Fact]
    public void The_sample_export_as_shipped_has_only_the_findings_listed_here()
    {
        var report = Validate(File.ReadAllLines(SamplePath(), Encoding.UTF8));

        Print(report);
        report.Records.Should().HaveCount(6);
        report.Records.Should().OnlyContain(r => r.Checked);
        Located(report).Should().BeEquivalentTo(Baseline);
    }

    [Fact]
    public void Each_defect_planted_in_a_copy_is_found_at_its_row_and_column_and_nothing_else_is()
    {
        var lines = File.ReadAllLines(SamplePath(), Encoding.UTF8);
        var planted = new List<(string Rule, int Line, string Column)>();

        // Line 14 (郑雨涵, daughter): recorded male, the ID number says female.
        Plant(lines, 14, "性别", "1");
        planted.Add((IdSexMatchRule.Id, 14, "性别"));

        // Line 3 (钱秀英, the head's spouse): recorded male, with a valid male ID number of the same birth date.
        Plant(lines, 3, "性别", "1");
        Plant(lines, 3, "证件号码", "360730197007020056");
        planted.Add((SpouseSexRule.Id, 3, "与户主关系"));

        // Line 7 (孙晓梅, aged 11): schooling status left empty.
        Plant(lines, 7, "在校生状况", string.Empty);
        planted.Add((SchoolingRecordedRule.Id, 7, "在校生状况"));

        // Line 9 (周永强, aged 44): labour capacity left empty.
        Plant(lines, 9, "劳动技能", string.Empty);
        planted.Add((LabourRecordedRule.Id, 9, "劳动技能"));

        // Line 13 (郑子轩, aged 10): in senior high school.
        Plant(lines, 13, "在校生状况", "07");
        planted.Add((SchoolingAgeRule.Id, 13, "在校生状况"));

        // Line 16 (冯二婆) carries 李桂兰's ID number (line 6), of another household.
        Plant(lines, 16, "证件号码", Cell(lines, 6, "证件号码"));
        planted.Add((DuplicateIdRule.Id, 16, "证件号码"));

        // Household 3607301012020003 (lines 9–10): poor through illness, 吴春花 (line 10) without critical-illness insurance.
        Plant(lines, 9, "最主要致贫原因", "01");
        Plant(lines, 10, "最主要致贫原因", "01");
        Plant(lines, 10, "是否参加大病保险", "0");
        planted.Add((IllnessInsuranceRule.Id, 10, "是否参加大病保险"));

        // Household 3607301012010002 (lines 5–8, income 2,600 against the 2019 line): flagged exited.
        foreach (var line in new[] { 5, 6, 7, 8 })
        {
            Plant(lines, line, "脱贫标志", "1");
        }

        planted.Add((ExitedIncomeRule.Id, 5, "人均纯收入"));

        var report = Validate(lines);

        Print(report);
        report.Records.Should().OnlyContain(r => r.Checked, "no planted defect is one the reader rejects");
        Located(report).Should().BeEquivalentTo([.. Baseline, .. planted]);
    }

    [Fact]
    public void A_second_head_is_rejected_by_the_reader_at_its_row_and_the_other_households_are_still_checked()
    {
        var lines = File.ReadAllLines(SamplePath(), Encoding.UTF8);
        Plant(lines, 4, "与户主关系", "01");

        var report = Validate(lines);

        report.Records[0].Checked.Should().BeFalse();
        report.Records[0].InputErrors.Should().ContainSingle().Which.Reason.Should().Contain("2 heads");
        report.Records.Skip(1).Should().OnlyContain(r => r.Checked && r.Findings.Count == 0);
    }

    [Fact]
    public void A_bad_checksum_is_rejected_by_the_reader_at_its_row_and_column_and_the_record_is_not_checked()
    {
        var lines = File.ReadAllLines(SamplePath(), Encoding.UTF8);
        var id = Cell(lines, 3, "证件号码");
        Plant(lines, 3, "证件号码", id[..^1] + (id[^1] == '1' ? '2' : '1'));

        var report = Validate(lines);

        var first = report.Records[0];
        first.Checked.Should().BeFalse();
        first.InputErrors.Should().ContainSingle().Which.Location.Should().Match<SourceLocation>(l => l.Line == 3 && l.Column == "证件号码");
        report.Records.Skip(1).Should().OnlyContain(r => r.Checked);
    }

    /// <summary>The findings of the sample as shipped (its households carry no exit flag contradiction, no missing column the checks need).</summary>
    private static readonly (string Rule, int Line, string Column)[] Baseline = [];

    private static DataQualityReport Validate(string[] lines)
    {
        var directory = Directory.CreateTempSubdirectory("dq-sample-");
        try
        {
            var path = Path.Combine(directory.FullName, Sample);
            File.WriteAllLines(path, lines, new UTF8Encoding(false));
            using var reader = RosterReader.Open(path, new RosterOptions { IncomeYear = Profile.Year, CheckDuplicatePersons = false });
            return Engine.Instance.ValidateMany(reader.ToList(), Profile);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    private static List<(string Rule, int Line, string Column)> Located(DataQualityReport report) =>
        [.. report.Records.SelectMany(r => r.Findings).Select(f => (f.RuleId, (int)f.Location!.Line, f.Location.Column!))];

    private void Print(DataQualityReport report)
    {
        foreach (var record in report.Records)
        {
            foreach (var finding in record.Findings)
            {
                output.WriteLine(finding.ToString());
            }

            foreach (var error in record.InputErrors)
            {
                output.WriteLine(error.ToString());
            }
        }
    }

    private static void Plant(string[] lines, int line, string column, string value)
    {
        var cells = Split(lines[line - 1]);
        cells[Column(lines, column)] = value;
        lines[line - 1] = string.Join(',', cells.Select(c => c.Contains(',', StringComparison.Ordinal) ? $"\"{c}\"" : c));
    }

    private static string Cell(string[] lines, int line, string column) => Split(lines[line - 1])[Column(lines, column)];

    private static int Column(string[] lines, string column) => Array.IndexOf(Split(lines[0]), column) is var i and >= 0
        ? i
        : throw new ArgumentException($"the sample has no column {column}", nameof(column));

    // The sample quotes only the 健康状况 cells that join several codes with commas.
    private static string[] Split(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }

    private static string SamplePath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PovertyRules.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "samples", "register", Sample);
    }
}
