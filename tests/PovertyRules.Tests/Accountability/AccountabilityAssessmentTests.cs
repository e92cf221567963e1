using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Rules;
using PovertyRules.Rules.Accountability;
using PovertyRules.Tests.Support;
using static PovertyRules.Tests.Accountability.AccountabilityRecords;

namespace PovertyRules.Tests.Accountability;

public class AccountabilityAssessmentTests
{
    [Fact]
    public void A_county_meeting_every_duty_is_compliant_with_one_finding_per_rule_in_report_order()
    {
        var result = Assess(Compliant());

        result.Status.Should().Be(AccountabilityStatus.Compliant);
        result.Findings.Select(f => f.RuleId).Should().Equal(
            "ACC-TRANSFER", "ACC-TARGET-VETO", "ACC-TASK-FORCE", "ACC-HELPER", "ACC-PROMOTION-SECRETARY", "ACC-PROMOTION-HEAD");
        result.Findings.Take(4).Should().OnlyContain(f => f.Kind == CriterionKind.Accountability && f.Outcome == Outcome.Met);
        result.Findings.Should().OnlyContain(f => f.MessageZh.Length > 0 && f.MessageEn.Length > 0 && f.Citation.Length > 0);
        result.ToString().Should().Be("360731: Compliant");
    }

    [Theory]
    [InlineData("Years", "recorded twice")]
    [InlineData("DecappedOn", "not de-capped")]
    [InlineData("TargetMet", "5999 people lifted out of a target of 6000 miss it")]
    [InlineData("VillagesWithTaskForce", "is more than the 70")]
    [InlineData("Code", "6-digit county code")]
    [InlineData("Leaders", "a second PartySecretary")]
    public void A_malformed_record_is_invalid_input_naming_the_field_and_why(string field, string reason)
    {
        var county = field switch
        {
            "Years" => Compliant() with { Years = [Year(2018, "A", 1, 1), Year(2018, "B", 1, 1)] },
            "DecappedOn" => Compliant() with { Decapped = false },
            "TargetMet" => Compliant() with { Years = [Year(2018, "A", 6000, 5999, met: true)] },
            "VillagesWithTaskForce" => Compliant() with { Assistance = Compliant().Assistance! with { VillagesWithTaskForce = 71 } },
            "Code" => Compliant() with { Code = "3607" },
            _ => Compliant() with { Leaders = [.. Compliant().Leaders, new CountyLeader { Role = LeaderRole.PartySecretary }] },
        };

        var result = Assess(county);

        result.Status.Should().Be(AccountabilityStatus.InvalidInput);
        result.Findings.Should().BeEmpty();
        result.Errors.Should().ContainSingle(e => e.Field.Contains(field) && e.Reason.Contains(reason));
    }

    [Fact]
    public void Records_in_equal_results_out_with_a_null_record_as_invalid_input()
    {
        var results = Engine.Instance.AssessAccountability([Compliant(), null, Compliant() with { Code = "360732" }], Profile);

        results.Select(r => r.Status).Should().Equal(AccountabilityStatus.Compliant, AccountabilityStatus.InvalidInput, AccountabilityStatus.Compliant);
        results[2].Code.Should().Be("360732");
    }

    [Fact]
    public void The_receipt_hashes_the_accountability_parameters_and_names_the_accountability_rule_set()
    {
        var national = Assess(Compliant());
        var gradeB = Assess(Compliant(), Profile with { Id = Profile.Id, PromotionPriorityGrade = new("B", "test", false) });

        national.Receipt.ProfileId.Should().Be(Profile.Id);
        gradeB.Receipt.ParameterHash.Should().NotBe(national.Receipt.ParameterHash);
        national.Receipt.RuleSetVersion.Should().NotBe(Levels.Assess(Levels.ExitingCounty()).Receipt.RuleSetVersion);
    }

    [Fact]
    public void Every_accountability_rule_is_in_its_catalog_with_its_own_id_and_tag()
    {
        var engine = Engine.Instance;

        AccountabilityCriteria.Catalog.All.Select(c => c.Id).Should().BeEquivalentTo(engine.AccountabilityRules.Select(r => r.Id));
        engine.AccountabilityRules.Should().OnlyContain(r => r.Id == (string)r.RuleType.GetField("Id")!.GetValue(null)! && r.Tags.Contains(RuleTags.Accountability));
        engine.Rules.Concat(engine.VillageRules).Concat(engine.CountyRules).Concat(engine.AccountabilityRules)
            .Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void A_null_record_or_profile_is_refused()
    {
        var engine = Engine.Instance;

        FluentActions.Invoking(() => engine.AssessAccountability((CountyAccountability)null!, Profile)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => engine.AssessAccountability(Compliant(), null!)).Should().Throw<ArgumentNullException>();
    }
}
