using Microsoft.Data.Sqlite;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.RollUp;

namespace PovertyRules.Data.Tests;

/// <summary>
/// A village or county row with a value that cannot be read is a rejected row (an invalid-input result naming the
/// table, row, column and reason), the rows after it are read, and rows read = records + rejected rows = results out.
/// </summary>
public sealed class DescriptorTableTests : IDisposable
{
    private static readonly PovertyRulesEngine Engine = new();
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public DescriptorTableTests()
    {
        _connection.Open();
        SchemaDatabase.Execute(_connection,
            "CREATE TABLE villages (village_code TEXT, name TEXT, rural_population INTEGER, hardened_road BOOLEAN, electricity BOOLEAN, "
            + "safe_drinking_water BOOLEAN, clinic BOOLEAN, collective_income NUMERIC, notice_held BOOLEAN, unresolved_objections INTEGER, announced BOOLEAN)");
        SchemaDatabase.Execute(_connection,
            "CREATE TABLE counties (county_code TEXT, name TEXT, rural_population INTEGER, exited_people INTEGER, exited_people_sampled INTEGER, "
            + "wrongly_exited_people INTEGER, households_surveyed INTEGER, households_approving INTEGER, county_proposal BOOLEAN)");
    }

    public void Dispose() => _connection.Dispose();

    private void Village(params object?[] values) =>
        SchemaDatabase.Execute(_connection, "INSERT INTO villages VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10)", values);

    private void County(params object?[] values) =>
        SchemaDatabase.Execute(_connection, "INSERT INTO counties VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)", values);

    private DescriptorTable<Village> Villages()
    {
        using var rows = SchemaDatabase.Query(_connection, "SELECT * FROM villages ORDER BY rowid");
        return RegisterSchema.Villages(rows, "villages");
    }

    private DescriptorTable<County> Counties()
    {
        using var rows = SchemaDatabase.Query(_connection, "SELECT * FROM counties ORDER BY rowid");
        return RegisterSchema.Counties(rows, "counties");
    }

    [Fact]
    public void A_bad_village_row_is_rejected_naming_table_row_column_and_reason_and_the_rows_after_it_are_read()
    {
        Village("360730101201", "大坪村", 300, 1, 1, 1, 1, null, 1, 0, 1);
        Village("360730101202", "石门村", "many", 2, 1, 1, 1, -5, 1, 0, 1);
        Village("360730101203", "高岭村", 250, 1, 1, 1, 1, null, null, null, null);

        var villages = Villages();

        villages.Select(v => v.Code).Should().Equal("360730101201", "360730101203");
        villages.Rejected.Should().ContainSingle();
        var rejected = villages.Rejected[0];
        rejected.Should().Match<RejectedRow>(r => r.Level == "village" && r.Code == "360730101202" && r.Source == new SourceLocation("villages", 2, null));
        rejected.Errors.Select(e => $"{e.Location}: {e.Field}: {e.Reason}").Should().Equal(
            "villages:2 [rural_population]: RuralPopulation: 'many' is not a number",
            "villages:2 [hardened_road]: HardenedRoad: '2' is not 是/否, 1/0 or a boolean",
            "villages:2 [collective_income]: CollectiveIncome: -5 is negative");
        rejected.ToString().Should().StartWith("villages:2: village 360730101202: InvalidInput (villages:2 [rural_population]: RuralPopulation: 'many' is not a number; ");
        villages.RowsRead.Should().Be(3);
        villages.Reconciles.Should().BeTrue();
        villages.ToString().Should().Be("villages: 3 rows read, 2 records, 1 rejected");
    }

    [Fact]
    public void A_bad_county_row_is_rejected_with_every_bad_value_located_and_the_next_county_is_read()
    {
        County("36073", "宁都县", 200000, null, 1200, 1.5, 800, 761, "yes");
        County("360731", "于都县", 180000, 4000, 1200, 9, 800, 761, 1);

        var counties = Counties();

        counties.Should().ContainSingle().Which.Should().Match<County>(c => c.Code == "360731" && c.Evaluation!.WronglyExitedPeople == 9 && c.Procedure!.CountyProposal == true);
        counties.Rejected.Should().ContainSingle().Which.Errors.Select(e => $"{e.Location}: {e.Field}: {e.Reason}").Should().Equal(
            "counties:1 [county_code]: Code: '36073' is not a 6-digit county code: it has 5 characters, expected 6 digits",
            "counties:1 [wrongly_exited_people]: Evaluation.WronglyExitedPeople: 1.5 is not a whole number of at most 2,147,483,647",
            "counties:1 [county_proposal]: Procedure.CountyProposal: 'yes' is not 是/否, 1/0 or a boolean");
        counties.Reconciles.Should().BeTrue();
    }

    [Fact]
    public void A_rejected_row_keeps_its_own_copy_of_the_errors()
    {
        var errors = new List<ReadError> { new("RuralPopulation", "'x' is not a number", new SourceLocation("villages", 1, "rural_population")) };
        var rejected = new RejectedRow("village", "360730101201", new SourceLocation("villages", 1), errors);

        errors.Clear();

        rejected.Errors.Should().ContainSingle();
    }

    [Theory]
    [InlineData(null, "village_code is blank: it is required")]
    [InlineData("3607301012x1", "'3607301012x1' is not a 12-digit village code: it contains 'x', expected digits only")]
    [InlineData("990730101201", "'990730101201' is not a 12-digit village code: 99 is not a province code of GB/T 2260")]
    public void A_village_row_without_a_usable_code_is_rejected_naming_the_code_column(string? code, string reason)
    {
        Village(code, "无名村", 100, 1, 1, 1, 1, null, null, null, null);

        var villages = Villages();

        villages.Should().BeEmpty();
        villages.Rejected.Should().ContainSingle().Which.Errors.Should().ContainSingle().Which.Should().Be(
            new ReadError("Code", reason, new SourceLocation("villages", 1, "village_code")));
    }

    [Fact]
    public void A_county_code_past_the_province_table_is_rejected_as_the_model_would()
    {
        County("990700", null, 1000, null, null, null, null, null, null);
        County("360000", null, 1000, null, null, null, null, null, null);

        Counties().Rejected.Select(r => r.Errors.Single().Reason).Should().Equal(
            "'990700' is not a 6-digit county code: 99 is not a province code of GB/T 2260",
            "'360000' is not a 6-digit county code: its county segment (digits 5–6) is 00");
    }

    [Fact]
    public void In_a_roll_up_a_rejected_village_is_written_as_invalid_input_beside_the_assessments_and_rows_in_equal_results_out()
    {
        Village("360730101201", "大坪村", 300, 1, 1, 1, 1, null, 1, 0, 1);
        Village("360730101202", "石门村", "三百", 1, 1, 1, 1, null, 1, 0, 1);
        County("360730", "宁都县", 200000, null, null, null, null, null, 1);
        var villages = Villages();
        var counties = Counties();
        var households = Engine.AssessMany(Samples.Read(Samples.Path("roster-utf8-codes.csv")), Samples.Profile).ToList();

        var hierarchy = Engine.AssessHierarchy(households, villages, counties, Samples.Profile);
        var path = Path.Combine(Directory.CreateTempSubdirectory("descriptors-").FullName, "levels.csv");
        using (var writer = AssessmentWriter.Create(path, new ResultWriterOptions { Format = ResultFormat.Csv }))
        {
            foreach (var result in hierarchy.Counties)
            {
                result.Villages.ToList().ForEach(writer.Write);
                writer.Write(result.Assessment!);
            }

            hierarchy.RejectedVillages.ToList().ForEach(writer.Write);
            villages.Rejected.ToList().ForEach(writer.Write);
            counties.Rejected.ToList().ForEach(writer.Write);
        }

        var county = hierarchy.County("360730")!;
        county.Villages.Select(v => v.Code).Should().Equal("360730101201");
        county.UndescribedVillages.Select(t => t.Code).Should().Contain("360730101202", "the rejected village's households still count for their county");
        var written = File.ReadAllLines(path).Skip(1).Select(l => l.Split(',')).Where(c => c[0] == "village").ToList();
        written.Should().HaveCount((int)villages.RowsRead);
        var invalid = written.Should().ContainSingle(c => c[3] == "InvalidInput").Which;
        invalid[1].Should().Be("360730101202");
        string.Join(',', invalid).Should().Contain("villages:2 [rural_population]: RuralPopulation: '三百' is not a number").And.EndWith("villages:2,,,,,", "no receipt, assumptions or distance: it was never assessed");
    }
}
