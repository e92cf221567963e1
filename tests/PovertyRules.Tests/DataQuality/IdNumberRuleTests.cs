using PovertyRules.Model;
using PovertyRules.Rules.DataQuality;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.DataQuality;

public class IdNumberRuleTests
{
    private const string Valid = "360730196803120037";

    private static Household HeadId(string? id) => Quality.Clean().WithMember(0, m => m with { IdNumber = id });

    [Theory]
    [InlineData("36073019680312003", Check.Found)]
    [InlineData("3607301968031200370", Check.Found)]
    [InlineData(Valid, Check.Passed)]
    [InlineData("360730680312003", Check.Passed)]
    [InlineData(null, Check.Unchecked)]
    [InlineData("  ", Check.Unchecked)]
    public void An_id_number_has_18_characters_or_is_an_old_15_digit_number(string? id, Check expected)
    {
        HeadId(id).CheckOf(IdNumberLengthRule.Id).Should().Be(expected);
    }

    [Fact]
    public void A_wrong_length_is_an_error_at_the_members_id_column_with_the_masked_number_and_its_length()
    {
        var finding = HeadId("36073019680312003").Finding(IdNumberLengthRule.Id);

        finding.Severity.Should().Be(DataQualitySeverity.Error);
        finding.Field.Should().Be("Members[0].IdNumber");
        finding.Actual.Should().Be("360730**********3 has 17 characters");
        finding.MessageZh.Should().Contain("证件号码 360730**********3 为 17 位");
        finding.MessageEn.Should().Contain("ID number length (DQ-ID-LENGTH, error)");
        Quality.Validate(HeadId("36073019680312003")).HasErrors.Should().BeTrue();
    }

    [Theory]
    [InlineData("36073019680312003A", Check.Found)]
    [InlineData("3607301968O3120037", Check.Found)]
    [InlineData("36073068031200A", Check.Found)]
    [InlineData(Valid, Check.Passed)]
    [InlineData("36073019600505010X", Check.Passed)]
    [InlineData("36073019600505010x", Check.Passed)]
    [InlineData("3607301968", Check.Unchecked)]
    [InlineData(null, Check.Unchecked)]
    public void An_id_number_is_17_digits_and_a_digit_or_X(string? id, Check expected)
    {
        HeadId(id).CheckOf(IdNumberCharactersRule.Id).Should().Be(expected);
    }

    [Theory]
    [InlineData("360730196803120038", Check.Found)]
    [InlineData("360730196803120036", Check.Found)]
    [InlineData(Valid, Check.Passed)]
    [InlineData("36073019680312003A", Check.Unchecked)]
    [InlineData(null, Check.Unchecked)]
    public void The_check_character_is_the_one_GB_11643_computes(string? id, Check expected)
    {
        HeadId(id).CheckOf(IdNumberChecksumRule.Id).Should().Be(expected);
    }

    [Fact]
    public void A_bad_checksum_names_the_character_found_and_the_one_expected()
    {
        HeadId("360730196803120038").Finding(IdNumberChecksumRule.Id).Actual
            .Should().Be("360730***********8 ends in 8; its check character is 7");
    }

    [Fact]
    public void A_valid_checksum_around_an_impossible_date_is_found_and_a_real_date_passes()
    {
        var february30 = WithCheck("36073019680230003");
        var future = Quality.IdNumber(new DateOnly(2017, 1, 1), 3);
        var lastDay = Quality.IdNumber(new DateOnly(2016, 12, 31), 3);

        HeadId(february30).CheckOf(IdNumberBirthDateRule.Id).Should().Be(Check.Found);
        HeadId(future).CheckOf(IdNumberBirthDateRule.Id).Should().Be(Check.Found);
        HeadId(february30).CheckOf(IdNumberChecksumRule.Id).Should().Be(Check.Passed);
        HeadId(lastDay).CheckOf(IdNumberBirthDateRule.Id).Should().NotBe(Check.Found);
        HeadId(Valid).CheckOf(IdNumberBirthDateRule.Id).Should().Be(Check.Passed);
        HeadId("360730196802300038").CheckOf(IdNumberBirthDateRule.Id).Should().Be(Check.Unchecked);
        HeadId(february30).Finding(IdNumberBirthDateRule.Id).Actual.Should().Be("the birth date digits 19680230 are not a date on or before 2016-12-31");
    }

    [Fact]
    public void An_old_15_digit_number_is_a_warning_unless_the_profile_accepts_it()
    {
        var old = HeadId("360730680312003");
        var accepting = Quality.National2016 with { FifteenDigitIdAccepted = new(true, "provincial practice (test)", false) };

        old.CheckOf(FifteenDigitIdRule.Id).Should().Be(Check.Found);
        old.Finding(FifteenDigitIdRule.Id).Severity.Should().Be(DataQualitySeverity.Warning);
        HeadId(Valid).CheckOf(FifteenDigitIdRule.Id).Should().Be(Check.Passed);
        old.CheckOf(FifteenDigitIdRule.Id, accepting).Should().Be(Check.NotApplicable);
        Quality.Validate(old, accepting).Findings.Should().BeEmpty();
        HeadId("360730681312003").CheckOf(IdNumberBirthDateRule.Id).Should().Be(Check.Found);
    }

    [Fact]
    public void The_ids_birth_date_is_compared_with_the_recorded_birth_date_else_with_the_recorded_age()
    {
        var head = Quality.Clean();

        head.CheckOf(IdBirthDateMatchRule.Id).Should().Be(Check.Passed);
        head.WithMember(0, m => m with { BirthDate = new DateOnly(1968, 3, 13) }).CheckOf(IdBirthDateMatchRule.Id).Should().Be(Check.Found);
        head.WithMember(0, m => m with { BirthDate = null, Age = 48 }).CheckOf(IdBirthDateMatchRule.Id).Should().Be(Check.Passed);
        head.WithMember(0, m => m with { BirthDate = null, Age = 47 }).CheckOf(IdBirthDateMatchRule.Id).Should().Be(Check.Found);
        head.WithMember(0, m => m with { BirthDate = null, Age = null }).CheckOf(IdBirthDateMatchRule.Id).Should().Be(Check.Unchecked);
        head.WithMember(0, m => m with { IdNumber = "360730196803120038" }).CheckOf(IdBirthDateMatchRule.Id).Should().Be(Check.Unchecked);
        head.WithMember(0, m => m with { BirthDate = new DateOnly(1968, 3, 13) }).Finding(IdBirthDateMatchRule.Id).Actual
            .Should().Be("recorded birth date 1968-03-13, the ID number's 1968-03-12");
    }

    [Fact]
    public void The_ids_sex_digit_is_compared_with_the_recorded_sex()
    {
        var head = Quality.Clean();

        head.CheckOf(IdSexMatchRule.Id).Should().Be(Check.Passed);
        var female = head.WithMember(0, m => m with { Sex = Sex.Female });
        female.CheckOf(IdSexMatchRule.Id).Should().Be(Check.Found);
        female.Finding(IdSexMatchRule.Id).Field.Should().Be("Members[0].Sex");
        female.Finding(IdSexMatchRule.Id).MessageZh.Should().Contain("登记性别 女，证件号码为男");
        head.WithMember(0, m => m with { Sex = Sex.Unknown }).CheckOf(IdSexMatchRule.Id).Should().Be(Check.Unchecked);
        head.WithMember(0, m => m with { Sex = null }).CheckOf(IdSexMatchRule.Id).Should().Be(Check.Unchecked);
        head.WithMember(0, m => m with { IdNumber = null }).CheckOf(IdSexMatchRule.Id).Should().Be(Check.Unchecked);
    }

    /// <summary>17 digits completed with their check character.</summary>
    private static string WithCheck(string seventeen)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return seventeen + "10X98765432"[seventeen.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
    }
}
