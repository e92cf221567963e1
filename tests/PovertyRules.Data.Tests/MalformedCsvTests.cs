using PovertyRules.Assessment;

namespace PovertyRules.Data.Tests;

/// <summary>
/// A CSV record the parser cannot read (malformed quoting) never escapes as the parser's exception: in the header it
/// is a format error naming the file and line; after it, every household before the record is assessed, the household
/// whose rows reach it is invalid input naming file, line, column and reason, and the counts reconcile.
/// </summary>
public sealed class MalformedCsvTests
{
    private static readonly PovertyRulesEngine Engine = new();
    private static readonly string Head = Samples.Id("19700101", true, 1);
    private static readonly string Spouse = Samples.Id("19720101", false, 2);
    private static readonly string Other = Samples.Id("19800101", true, 3);

    private static string Row(string household, string id, string relationship) =>
        $"{household},360730101201,,{id},{relationship},01,01,01,0,1,0,1,4100";

    [Fact]
    public void Text_after_a_closing_quote_ends_the_read_with_the_household_in_progress_invalid_naming_file_line_and_column()
    {
        var path = Samples.Write("quote.csv",
        [
            Samples.CodeHeader,
            Row("H1", Head, "01"),
            Row("H1", Spouse, "02"),
            Row("H2", Other, "01"),
            $"H2,360730101201,,\"{Samples.Id("20050101", false, 4)}\"x,03,01,01,01,0,1,0,1,4100",
            Row("H3", Samples.Id("19600101", true, 5), "01"),
        ]);
        using var reader = RosterReader.Open(path, Samples.Options);

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results.Select(r => r.HouseholdId).Should().Equal("H1", "H2");
        results[0].Status.Should().NotBe(HouseholdStatus.InvalidInput);
        results[1].Status.Should().Be(HouseholdStatus.InvalidInput);
        results[1].Errors.Should().ContainSingle().Which.ToString().Should().Be(
            "quote.csv:5 [证件号码]: (file): quote.csv cannot be read from line 5 on: malformed CSV quoting: A delimiter, newline or EOF was expected "
            + "after a closing quote; nothing from that line to the end of the file is read, so household H2, whose rows reach that line, may be incomplete");
        reader.Summary.Should().Be(new RunSummary(3, 2, 1, 2, 1, 3, 0) { UnreadableFromLine = 5 });
        reader.Summary.Reconciles.Should().BeTrue();
    }

    [Fact]
    public void A_quote_left_open_before_any_household_is_one_invalid_record_for_the_unread_rest_of_the_file()
    {
        var path = Samples.Write("open.csv",
        [
            Samples.CodeHeader,
            $"\"H1,360730101201,,{Head},01,01,01,01,0,1,0,1,4100",
            Row("H2", Other, "01"),
        ]);
        using var reader = RosterReader.Open(path, Samples.Options);

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results.Should().ContainSingle().Which.Status.Should().Be(HouseholdStatus.InvalidInput);
        results[0].Errors.Select(e => e.ToString()).Should().Contain(
            "open.csv:2 [户编号]: (file): open.csv cannot be read from line 2 on: malformed CSV quoting: A quoted field at the end of the input ends without "
            + "a closing quote; nothing from that line to the end of the file is read");
        reader.Summary.Should().Be(new RunSummary(0, 1, 1, 1, 1, 0, 0) { UnreadableFromLine = 2 });
    }

    [Fact]
    public void A_stray_quote_inside_a_quoted_field_keeps_every_household_before_it()
    {
        var path = Samples.Write("inner.csv",
        [
            Samples.CodeHeader,
            Row("H1", Head, "01"),
            Row("H2", Other, "01"),
            $"H3,360730101201,,{Spouse},01,01,\"残\"疾\",01,0,1,0,1,4100",
        ]);
        using var reader = RosterReader.Open(path, Samples.Options);

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results.Select(r => (r.HouseholdId, r.Status == HouseholdStatus.InvalidInput)).Should().Equal(("H1", false), ("H2", true));
        results[1].Errors.Single().ToString().Should().StartWith("inner.csv:4 [健康状况]: (file): inner.csv cannot be read from line 4 on: malformed CSV quoting: A delimiter, newline or EOF was expected after a closing quote");
        reader.Summary.Reconciles.Should().BeTrue();
        reader.Summary.UnreadableFromLine.Should().Be(4);
    }

    [Fact]
    public void Malformed_quoting_in_the_header_is_a_format_error_naming_the_file_and_line()
    {
        var path = Samples.Write("header.csv", ["户编号,\"行政区划代码\"代码,证件号码,与户主关系", Row("H1", Head, "01")]);

        var open = () => RosterReader.Open(path, Samples.Options);

        open.Should().Throw<RosterFormatException>().WithMessage(
            "header.csv cannot be read from line 1 on: malformed CSV quoting: A delimiter, newline or EOF was expected after a closing quote; no header row naming 户编号 was found before it.");
    }

    [Fact]
    public void A_title_row_with_malformed_quoting_is_a_format_error_naming_its_line()
    {
        var path = Samples.Write("title.csv", ["\"2019年建档立卡花名册", Samples.CodeHeader, Row("H1", Head, "01")]);

        var open = () => RosterReader.Open(path, Samples.Options);

        open.Should().Throw<RosterFormatException>().WithMessage("title.csv cannot be read from line 1 on: malformed CSV quoting: A quoted field at the end of the input ends without a closing quote*");
    }

    [Fact]
    public void A_supplement_with_malformed_quoting_fails_the_opening_naming_the_supplement_and_line()
    {
        var supplement = Samples.Write("supplement.csv", ["household_id,food_and_clothing_secure", "H1,1", "\"H2\"x,1"]);
        var path = Samples.Write("roster.csv", [Samples.CodeHeader, Row("H1", Head, "01")]);

        var open = () => RosterReader.Open(path, Samples.Options with { SupplementPath = supplement });

        open.Should().Throw<RosterFormatException>().WithMessage(
            "The supplement supplement.csv cannot be read from line 3 on: malformed CSV quoting: A delimiter, newline or EOF was expected after a closing quote.");
    }

    [Fact]
    public void Grouping_split_households_stops_at_the_same_line_and_still_reconciles()
    {
        var path = Samples.Write("split.csv",
        [
            Samples.CodeHeader,
            Row("H1", Head, "01"),
            Row("H2", Other, "01"),
            Row("H1", Spouse, "02"),
            $"\"H4,360730101201,,{Samples.Id("19600101", true, 5)},01,01,01,01,0,1,0,1,4100",
        ]);
        using var reader = RosterReader.Open(path, Samples.Options with { GroupSplitHouseholds = true });

        var results = reader.Track(Engine.AssessMany(reader, Samples.Profile)).ToList();

        results.Select(r => r.HouseholdId).Should().Equal("H2", "H1");
        results[0].Errors.Should().ContainSingle(e => e.Field == "(file)").Which.Location!.Line.Should().Be(5);
        results[1].MemberCount.Should().Be(2);
        reader.Summary.Reconciles.Should().BeTrue();
        reader.Summary.PersonsRead.Should().Be(3);
    }
}
