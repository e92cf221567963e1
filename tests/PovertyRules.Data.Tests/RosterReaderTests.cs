using System.Text;
using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.Data.Tests;

public sealed class RosterReaderTests
{
    private static readonly PovertyRulesEngine Engine = new();

    [Theory]
    [InlineData("roster-gb18030-labels.csv")]
    [InlineData("roster-utf8-codes.csv")]
    [InlineData("roster.xlsx")]
    [InlineData("roster.xls")]
    public void Every_sample_export_reads_as_the_same_six_households(string file)
    {
        var households = Samples.Read(Samples.Path(file));

        households.Select(h => h.Id).Should().Equal(
            "3607301012010001", "3607301012010002", "3607301012020003", "3607301012020004", "3607301012030005", "3607301012030006");
        households.Should().AllSatisfy(h => h.ReadErrors.Should().BeEmpty());
        households.Select(h => h.Members.Count).Should().Equal(3, 4, 2, 5, 1, 3);
        var fifth = households[3].Members[4];
        fifth.Health.Should().Be(HealthConditions.ChronicIllness | HealthConditions.Disability);
        fifth.Relationship.Should().Be(Relationship.Father);
        fifth.BirthDate.Should().Be(new DateOnly(1950, 1, 18));
        fifth.Sex.Should().Be(Sex.Male);
        households[1].IncomeFor(2019)!.PerCapitaNet.Should().Be(2600m);
        households[2].Dwelling.Should().Be(new Dwelling { Grade = HousingGrade.C, Resettled = false });
        households[5].SafeDrinkingWater.Should().BeFalse();
        households[0].VillageCode.Should().Be("360730101201");
        households[0].Source!.File.Should().Be(file);
    }

    [Fact]
    public void Encodings_are_detected_GB18030_for_the_label_file_and_UTF8_for_the_code_file()
    {
        using (var gb = RosterReader.Open(Samples.Path("roster-gb18030-labels.csv"), Samples.Options))
        {
            gb.EncodingName.Should().Be("gb18030");
            gb.Headers.Should().Contain("与户主关系");
        }

        using var utf8 = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Samples.Options);
        utf8.EncodingName.Should().Be("utf-8");
    }

    [Fact]
    public void A_UTF8_file_with_a_byte_order_mark_reads_like_one_without()
    {
        var lines = File.ReadAllLines(Samples.Path("roster-utf8-codes.csv"));
        var path = Samples.Write("bom.csv", lines, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var households = Samples.Read(path);

        households.Should().HaveCount(6);
        households.Should().AllSatisfy(h => h.ReadErrors.Should().BeEmpty());
    }

    [Fact]
    public void An_encoding_set_by_option_overrides_detection()
    {
        var options = Samples.Options with { Encoding = RosterEncoding.Gb18030 };
        using var reader = RosterReader.Open(Samples.Path("roster-gb18030-labels.csv"), options);
        reader.EncodingName.Should().Be("gb18030");
        reader.Should().HaveCount(6);
    }

    [Fact]
    public void The_title_row_above_the_header_is_detected_and_skipped()
    {
        using var reader = RosterReader.Open(Samples.Path("roster.xlsx"), Samples.Options);
        reader.Headers[0].Should().Be("序号");
    }

    [Fact]
    public void A_title_row_skipped_by_option_is_not_searched_for()
    {
        var options = Samples.Options with { TitleRow = TitleRowHandling.SkipOne };
        Samples.Read(Samples.Path("roster-gb18030-labels.csv"), options).Should().HaveCount(6);
    }

    [Fact]
    public void A_title_row_read_as_the_header_by_option_fails_listing_what_it_holds()
    {
        var options = Samples.Options with { TitleRow = TitleRowHandling.None };
        var open = () => RosterReader.Open(Samples.Path("roster.xls"), options);
        open.Should().Throw<RosterFormatException>().WithMessage("roster.xls lacks the required columns 户编号*Headers found: 建档立卡贫困人口花名册（样例，虚构数据）.");
    }

    [Fact]
    public void A_file_without_a_household_number_header_in_its_first_rows_fails_naming_its_first_row()
    {
        var path = Samples.Write("nohead.csv", ["花名册", "导出日期 2019-12-31", "a,b", "c,d", "e,f", "g,h"]);
        var open = () => RosterReader.Open(path, Samples.Options);
        open.Should().Throw<RosterFormatException>().WithMessage("nohead.csv has no header row naming 户编号 among its first 5 rows; the first row holds: 花名册.");
    }

    [Fact]
    public void A_named_sheet_is_read_and_an_absent_one_fails_listing_the_sheets()
    {
        Samples.Read(Samples.Path("roster.xlsx"), Samples.Options with { SheetName = "花名册" }).Should().HaveCount(6);
        var open = () => RosterReader.Open(Samples.Path("roster.xlsx"), Samples.Options with { SheetName = "Sheet9" });
        open.Should().Throw<RosterFormatException>().WithMessage("*no sheet named 'Sheet9'*'花名册', '说明'*");
    }

    [Theory]
    [InlineData("人数")]
    [InlineData("家庭人数")]
    [InlineData("户人数")]
    public void Each_household_size_header_variant_is_checked_against_the_rows(string header)
    {
        var path = Samples.Write("size.csv",
        [
            $"户编号,行政区划代码,{header},证件号码,与户主关系",
            $"H1,360730101201,3,{Samples.Id("19700101", true)},01",
            $"H1,360730101201,3,{Samples.Id("19720101", false, 2)},02",
        ]);

        var household = Samples.Read(path).Single();

        household.ReadErrors.Should().ContainSingle().Which.Reason.Should().Contain($"{header} says 3 but household H1 has 2 rows (lines 2–3)");
    }

    [Theory]
    [InlineData("证件号码", "与户主关系", "行政村")]
    [InlineData("身份证号码", "与户主关系", "行政区划代码")]
    [InlineData("id_number", "relationship", "village_code")]
    public void Header_variants_and_any_column_order_read_the_same(string id, string relationship, string village)
    {
        var path = Samples.Write("variants.csv",
        [
            $"{relationship},务工时间（月）,{id},household_id,{village},市,脱贫标志,贫困户属性,性别",
            $"本人或户主,6,{Samples.Id("19700101", true)},H1,360730101201,赣州市,未脱贫,低保贫困户,男",
        ]);

        var household = Samples.Read(path).Single();

        household.ReadErrors.Should().BeEmpty();
        household.VillageCode.Should().Be("360730101201");
        household.ExitFlag.Should().Be(ExitFlag.NotExited);
        household.Attribute.Should().Be(HouseholdAttribute.MinimumLivingAllowance);
        household.Members[0].MonthsMigrantWork.Should().Be(6);
        household.Members[0].Relationship.Should().Be(Relationship.Head);
    }

    [Fact]
    public void Post_2020_monitoring_columns_are_read_and_not_listed_as_ignored()
    {
        using var reader = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Samples.Options);
        reader.IgnoredHeaders.Should().Contain("市").And.NotContain(["易返贫致贫户(监测对象)类型", "风险是否消除"]);
        var households = reader.ToList();
        households.Should().HaveCount(6).And.OnlyContain(h => h.Monitoring != null && h.Monitoring.RiskRecorded == null,
            "the columns are there; without 风险识别时间 whether a risk is recorded is not known");
    }

    [Fact]
    public void A_missing_required_column_fails_before_any_row_naming_it_and_listing_the_headers_found()
    {
        var path = Samples.Write("missing.csv", ["户编号,行政村,姓名,与户主关系", "H1,360730101201,某某,01"]);

        var open = () => RosterReader.Open(path, Samples.Options);

        open.Should().Throw<RosterFormatException>()
            .WithMessage("missing.csv lacks the required column 证件号码 (or *身份证号码*). Headers found: 户编号, 行政村, 姓名, 与户主关系.");
    }

    [Fact]
    public void Income_components_of_the_household_are_divided_by_its_size()
    {
        var path = Samples.Write("income.csv",
        [
            "户编号,行政区划代码,证件号码,与户主关系,人均纯收入,工资性收入,生产经营性收入,生产经营性支出,转移性收入",
            $"H1,360730101201,{Samples.Id("19700101", true)},01,5000,8000,3000,1000,1000",
            $"H1,360730101201,{Samples.Id("19720101", false, 2)},02,5000,8000,3000,1000,1000",
        ]);

        var income = Samples.Read(path).Single().IncomeFor(2019)!;

        income.PerCapitaNet.Should().Be(5000m);
        income.Wages.Should().Be(4000m);
        income.NetBusiness.Should().Be(1000m);
        income.Transfers.Should().Be(500m);
    }

    [Fact]
    public void Household_columns_left_blank_on_member_rows_take_the_heads_value()
    {
        var path = Samples.Write("blank.csv",
        [
            Samples.CodeHeader,
            $"H1,360730101201,2,{Samples.Id("19700101", true)},01,01,01,01,0,1,0,1,4100",
            $"H1,,,{Samples.Id("19720101", false, 2)},02,01,01,01,0,1,,,",
        ]);

        var household = Samples.Read(path).Single();

        household.ReadErrors.Should().BeEmpty();
        household.IncomeFor(2019)!.PerCapitaNet.Should().Be(4100m);
    }

    [Fact]
    public void The_head_is_put_first_when_the_export_lists_another_member_first()
    {
        var path = Samples.Write("order.csv",
        [
            "户编号,行政区划代码,证件号码,与户主关系",
            $"H1,360730101201,{Samples.Id("19720101", false, 2)},02",
            $"H1,360730101201,{Samples.Id("19700101", true)},01",
        ]);

        var household = Samples.Read(path).Single();

        household.ReadErrors.Should().BeEmpty();
        household.Members[0].Relationship.Should().Be(Relationship.Head);
        household.Members[0].Source!.Line.Should().Be(3);
    }

    [Fact]
    public void Split_households_are_grouped_in_a_second_pass_when_asked()
    {
        var path = Samples.Write("split.csv",
        [
            "户编号,行政区划代码,证件号码,与户主关系",
            $"H1,360730101201,{Samples.Id("19700101", true, 1)},01",
            $"H2,360730101201,{Samples.Id("19710101", true, 2)},01",
            $"H1,360730101201,{Samples.Id("19720101", false, 3)},02",
        ]);

        var households = Samples.Read(path, Samples.Options with { GroupSplitHouseholds = true });

        households.Select(h => (h.Id, h.Members.Count)).Should().Equal(("H2", 1), ("H1", 2));
        households.Should().AllSatisfy(h => h.ReadErrors.Should().BeEmpty());
    }

    [Fact]
    public void A_member_prints_neither_name_nor_full_ID_number()
    {
        var household = Samples.Read(Samples.Path("roster-utf8-codes.csv"))[0];
        var text = household.Members[0].ToString();

        text.Should().NotContain("赵大山").And.NotContain(household.Members[0].IdNumber);
        text.Should().Contain("IdNumber = 360730***********" + household.Members[0].IdNumber![^1]);
    }

    [Fact]
    public void Options_that_cannot_be_used_fail_with_every_problem_in_one_message()
    {
        var options = new RosterOptions { IncomeYear = 20, SheetName = string.Empty, SupplementPath = "/nowhere.csv" };
        var validate = options.Validate;
        validate.Should().Throw<ArgumentException>().WithMessage("*IncomeYear 20*SheetName is empty*SupplementPath '/nowhere.csv' does not exist*");
    }

    [Fact]
    public void Without_a_supplement_no_sample_household_may_exit_and_the_run_reconciles()
    {
        using var reader = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Samples.Options);
        var statuses = reader.Track(Engine.AssessMany(reader, Samples.Profile)).Select(a => a.Status).ToList();

        statuses.Should().Equal(
            HouseholdStatus.Undetermined, HouseholdStatus.RemainsPoor, HouseholdStatus.RemainsPoor,
            HouseholdStatus.Undetermined, HouseholdStatus.Undetermined, HouseholdStatus.RemainsPoor);
        reader.Summary.Should().Be(new RunSummary(18, 6, 0, 6, 0, 18, 0));
        reader.Summary.Reconciles.Should().BeTrue();
    }
}
