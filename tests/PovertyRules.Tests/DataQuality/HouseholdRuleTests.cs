using PovertyRules.Model;
using PovertyRules.Rules.DataQuality;

namespace PovertyRules.Tests.DataQuality;

public class HouseholdRuleTests
{
    [Fact]
    public void One_head_passes_none_or_two_are_errors_and_an_unrecorded_relationship_leaves_it_unchecked()
    {
        var clean = Quality.Clean();
        var none = clean.WithMember(0, m => m with { Relationship = Relationship.Son });
        var two = clean.WithMember(1, m => m with { Relationship = Relationship.Head });

        clean.CheckOf(HouseholdHeadRule.Id).Should().Be(Check.Passed);
        none.CheckOf(HouseholdHeadRule.Id).Should().Be(Check.Found);
        two.CheckOf(HouseholdHeadRule.Id).Should().Be(Check.Found);
        clean.WithMember(0, m => m with { Relationship = null }).CheckOf(HouseholdHeadRule.Id).Should().Be(Check.Unchecked);
        two.WithMember(2, m => m with { Relationship = null }).CheckOf(HouseholdHeadRule.Id).Should().Be(Check.Found);

        none.Finding(HouseholdHeadRule.Id).Field.Should().Be("Members");
        none.Finding(HouseholdHeadRule.Id).Severity.Should().Be(DataQualitySeverity.Error);
        two.Finding(HouseholdHeadRule.Id).Field.Should().Be("Members[1].Relationship");
        two.Finding(HouseholdHeadRule.Id).Actual.Should().Be("2 members recorded as the head (Members[0] and Members[1])");
    }

    [Fact]
    public void A_spouse_of_the_heads_sex_is_found_and_of_the_other_sex_passes()
    {
        var clean = Quality.Clean();
        var sameSex = clean.WithMember(1, m => m with { Sex = Sex.Male, IdNumber = Quality.IdNumber(new DateOnly(1970, 7, 2), 5) });

        clean.CheckOf(SpouseSexRule.Id).Should().Be(Check.Passed);
        sameSex.CheckOf(SpouseSexRule.Id).Should().Be(Check.Found);
        sameSex.Finding(SpouseSexRule.Id).Field.Should().Be("Members[1].Relationship");
        sameSex.Finding(SpouseSexRule.Id).MessageZh.Should().Contain("配偶与户主（第 1 名成员）同为男性");
    }

    [Fact]
    public void A_spouse_whose_or_whose_heads_sex_is_unknown_is_unchecked()
    {
        var clean = Quality.Clean();

        clean.WithMember(1, m => m with { Sex = null, IdNumber = null }).CheckOf(SpouseSexRule.Id).Should().Be(Check.Unchecked);
        clean.WithMember(0, m => m with { Sex = Sex.Unknown, IdNumber = null }).CheckOf(SpouseSexRule.Id).Should().Be(Check.Unchecked);
        clean.WithMember(0, m => m with { Relationship = Relationship.Son }).CheckOf(SpouseSexRule.Id).Should().Be(Check.Unchecked);
    }

    [Fact]
    public void The_sex_in_a_valid_id_number_stands_in_for_an_unrecorded_sex()
    {
        Quality.Clean().WithMember(1, m => m with { Sex = null, IdNumber = Quality.IdNumber(new DateOnly(1970, 7, 2), 5) })
            .CheckOf(SpouseSexRule.Id).Should().Be(Check.Found);
    }

    [Theory]
    [InlineData(0, Check.Found)]
    [InlineData(0.5, Check.Passed)]
    [InlineData(80, Check.Passed)]
    public void A_housing_area_of_zero_is_found(double area, Check expected)
    {
        (Quality.Clean() with { Dwelling = new Dwelling { Grade = HousingGrade.A, FloorAreaSquareMetres = (decimal)area } })
            .CheckOf(HousingAreaRule.Id).Should().Be(expected);
    }

    [Fact]
    public void An_unrecorded_housing_area_is_unchecked_and_zero_points_to_the_households_row()
    {
        (Quality.Clean() with { Dwelling = null }).CheckOf(HousingAreaRule.Id).Should().Be(Check.Unchecked);
        var zero = Quality.Clean() with
        {
            Dwelling = new Dwelling { Grade = HousingGrade.A, FloorAreaSquareMetres = 0m },
            Source = new SourceLocation("roster.csv", 7),
        };

        var finding = zero.Finding(HousingAreaRule.Id);
        finding.Field.Should().Be("Dwelling.FloorAreaSquareMetres");
        finding.Location.Should().Be(new SourceLocation("roster.csv", 7, "住房面积"));
        finding.ToString().Should().StartWith("roster.csv:7 [住房面积]: Housing area not zero (DQ-HOUSING-AREA, warning)");
    }

    [Fact]
    public void A_household_poor_through_illness_with_an_uninsured_member_is_found()
    {
        var ill = Quality.Clean() with { MainPovertyCause = PovertyCause.Illness };

        ill.CheckOf(IllnessInsuranceRule.Id).Should().Be(Check.Passed);
        ill.WithMember(2, m => m with { CriticalIllnessInsured = false }).CheckOf(IllnessInsuranceRule.Id).Should().Be(Check.Found);
        ill.WithMember(2, m => m with { CriticalIllnessInsured = false }).Finding(IllnessInsuranceRule.Id).Field.Should().Be("Members[2].CriticalIllnessInsured");
        ill.WithMember(2, m => m with { CriticalIllnessInsured = null }).CheckOf(IllnessInsuranceRule.Id).Should().Be(Check.Unchecked);
        Quality.Clean().WithMember(2, m => m with { CriticalIllnessInsured = false }).CheckOf(IllnessInsuranceRule.Id).Should().Be(Check.Passed);
        (Quality.Clean() with { MainPovertyCause = null }).CheckOf(IllnessInsuranceRule.Id).Should().Be(Check.Unchecked);
    }

    [Fact]
    public void A_member_row_is_where_a_member_finding_points()
    {
        var located = Quality.Clean().WithMember(2, m => m with { CriticalIllnessInsured = false, Source = new SourceLocation("roster.csv", 12) })
            with { MainPovertyCause = PovertyCause.Illness, Source = new SourceLocation("roster.csv", 10) };

        located.Finding(IllnessInsuranceRule.Id).Location.Should().Be(new SourceLocation("roster.csv", 12, "是否参加大病保险"));
    }
}
