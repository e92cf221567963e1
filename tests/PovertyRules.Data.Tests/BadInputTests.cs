using PovertyRules.Assessment;

namespace PovertyRules.Data.Tests;

/// <summary>
/// Every kind of bad row becomes an invalid-input result naming the file, line, column and reason, the other
/// households are assessed, and the run's counts reconcile.
/// </summary>
public sealed class BadInputTests
{
    private static readonly PovertyRulesEngine Engine = new();
    private static readonly string Head = Samples.Id("19700101", true, 1);
    private static readonly string Spouse = Samples.Id("19720101", false, 2);
    private static readonly string Other = Samples.Id("19800101", true, 3);

    public static TheoryData<string, string[], string, string> Cases => new()
    {
        {
            "wrong type", [$"H1,360730101201,2,{Head},01,01,01,01,八,1,0,1,4100", $"H1,360730101201,2,{Spouse},02,01,01,01,0,1,0,1,4100"],
            "bad.csv:2 [务工时间(月)]", "Members[0].MonthsMigrantWork: '八' is not a whole number"
        },
        {
            "unknown code", [$"H1,360730101201,2,{Head},01,01,01,01,0,1,0,1,4100", $"H1,360730101201,2,{Spouse},23,01,01,01,0,1,0,1,4100"],
            "bad.csv:3 [与户主关系]", "Members[1].Relationship: '23' is neither a code nor a label of 与户主关系"
        },
        {
            "unknown label", [$"H1,360730101201,2,{Head},01,01,01,01,0,1,0,1,4100", $"H1,360730101201,2,{Spouse},02,01,有点不舒服,01,0,1,0,1,4100"],
            "bad.csv:3 [健康状况]", "Members[1].Health: '有点不舒服' is neither a code nor a label of 健康状况"
        },
        {
            "missing required value", [$"H1,360730101201,2,{Head},01,01,01,01,0,1,0,1,4100", $"H1,360730101201,2,,02,01,01,01,0,1,0,1,4100"],
            "bad.csv:3 [证件号码]", "Members[1].IdNumber: 证件号码 is blank: it is required"
        },
        {
            "negative income", [$"H1,360730101201,2,{Head},01,01,01,01,0,1,0,1,-100", $"H1,360730101201,2,{Spouse},02,01,01,01,0,1,0,1,-100"],
            "bad.csv:2 [人均纯收入]", "Income[0].PerCapitaNet: -100 is negative"
        },
        {
            "bad ID checksum", [$"H1,360730101201,2,{Head[..17]}{(Head[17] == '0' ? '1' : '0')},01,01,01,01,0,1,0,1,4100", $"H1,360730101201,2,{Spouse},02,01,01,01,0,1,0,1,4100"],
            "bad.csv:2 [证件号码]", "Members[0].IdNumber: 360730***********"
        },
        {
            "bad ID length", [$"H1,360730101201,2,36073019700101001,01,01,01,01,0,1,0,1,4100", $"H1,360730101201,2,{Spouse},02,01,01,01,0,1,0,1,4100"],
            "bad.csv:2 [证件号码]", "has 17 characters, expected 18"
        },
        {
            "no head", [$"H1,360730101201,2,{Head},02,01,01,01,0,1,0,1,4100", $"H1,360730101201,2,{Spouse},03,01,01,01,0,1,0,1,4100"],
            "bad.csv:2 [与户主关系]", "Members: household H1 has no head: no row has 与户主关系 本人或户主 (01) among lines 2–3"
        },
        {
            "disagreeing household column", [$"H1,360730101201,2,{Head},01,01,01,01,0,1,0,1,4100", $"H1,360730101201,2,{Spouse},02,01,01,01,0,1,1,1,4100"],
            "bad.csv:3 [危房户]", "危房户 differs within household H1: '0' on line 2, '1' on line 3"
        },
        {
            "size mismatch", [$"H1,360730101201,3,{Head},01,01,01,01,0,1,0,1,4100", $"H1,360730101201,3,{Spouse},02,01,01,01,0,1,0,1,4100"],
            "bad.csv:2 [人数]", "人数 says 3 but household H1 has 2 rows (lines 2–3)"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_row_is_an_invalid_input_naming_file_line_and_column_and_the_run_reconciles(string kind, string[] rows, string location, string reason)
    {
        _ = kind;
        var path = Samples.Write("bad.csv", [Samples.CodeHeader, .. rows, $"H9,360730101201,1,{Other},01,01,01,01,0,1,0,1,4100"]);
        using var reader = RosterReader.Open(path, Samples.Options);

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results.Should().HaveCount(2);
        results[0].Status.Should().Be(HouseholdStatus.InvalidInput);
        results[0].Errors.Select(e => e.ToString()).Should().Contain(e => e.StartsWith(location + ": ", StringComparison.Ordinal) && e.Contains(reason, StringComparison.Ordinal));
        results[1].Status.Should().NotBe(HouseholdStatus.InvalidInput);
        reader.Summary.Should().Be(new RunSummary(PersonsRead: 3, HouseholdsFormed: 2, HouseholdsWithReadErrors: 1, HouseholdsAssessed: 2, HouseholdsInvalid: 1, PersonsAssessed: 3, UnmatchedSupplementRows: 0));
        reader.Summary.Reconciles.Should().BeTrue();
    }

    [Fact]
    public void Non_consecutive_rows_of_a_household_are_an_error_naming_both_rows()
    {
        var path = Samples.Write("split.csv",
        [
            Samples.CodeHeader,
            $"H1,360730101201,,{Head},01,01,01,01,0,1,0,1,4100",
            $"H2,360730101201,,{Other},01,01,01,01,0,1,0,1,4100",
            $"H1,360730101201,,{Spouse},02,01,01,01,0,1,0,1,4100",
        ]);
        using var reader = RosterReader.Open(path, Samples.Options);

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results.Select(r => r.HouseholdId).Should().Equal("H1", "H2", "H1");
        results[2].Status.Should().Be(HouseholdStatus.InvalidInput);
        results[2].Errors.Select(e => e.ToString()).Should().Contain(
            "split.csv:4 [户编号]: Id: rows of household H1 are not consecutive: its rows from line 2 and again from line 4, with other households between");
        reader.Summary.Reconciles.Should().BeTrue();
        reader.Summary.PersonsRead.Should().Be(3);
    }

    [Fact]
    public void A_person_registered_twice_is_an_error_naming_the_earlier_line()
    {
        var path = Samples.Write("twice.csv",
        [
            Samples.CodeHeader,
            $"H1,360730101201,,{Head},01,01,01,01,0,1,0,1,4100",
            $"H2,360730101201,,{Head},01,01,01,01,0,1,0,1,4100",
        ]);
        using var reader = RosterReader.Open(path, Samples.Options);

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results[1].Errors.Should().ContainSingle().Which.ToString().Should().Be(
            $"twice.csv:3 [证件号码]: Members[0].IdNumber: {Model.PersonalIdNumber.Mask(Head)} is already on line 2: a person is registered twice");
        reader.Summary.Reconciles.Should().BeTrue();
    }

    [Fact]
    public void A_row_without_a_household_number_is_its_own_invalid_household()
    {
        var path = Samples.Write("noid.csv",
        [
            Samples.CodeHeader,
            $",360730101201,,{Head},01,01,01,01,0,1,0,1,4100",
            $"H2,360730101201,,{Other},01,01,01,01,0,1,0,1,4100",
        ]);
        using var reader = RosterReader.Open(path, Samples.Options);

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results.Should().HaveCount(2);
        results[0].Errors.Select(e => e.ToString()).Should().Contain("noid.csv:2 [户编号]: Id: 户编号 is blank: every row must name its household");
        reader.Summary.Reconciles.Should().BeTrue();
    }
}
