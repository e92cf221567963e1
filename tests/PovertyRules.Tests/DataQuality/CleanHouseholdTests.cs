using PovertyRules.Rules.DataQuality;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.DataQuality;

public class CleanHouseholdTests
{
    [Fact]
    public void A_complete_consistent_household_has_no_finding_and_every_check_decided()
    {
        var quality = Quality.Validate(Quality.Clean());

        quality.InputErrors.Should().BeEmpty();
        quality.Findings.Should().BeEmpty();
        quality.Unchecked.Should().BeEmpty();
        quality.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void Every_check_of_the_catalog_is_a_compiled_rule_with_its_clause_and_the_data_quality_tag()
    {
        var rules = Engine.Instance.DataQualityRules;

        rules.Select(r => r.Id).Should().Equal(DataQualityCriteria.All.Select(c => c.Id));
        rules.Should().OnlyContain(r => r.Tags.Contains(PovertyRules.Rules.RuleTags.DataQuality) && r.Description.Length > 0);
        rules.Should().OnlyContain(r => r.Id == (string)r.RuleType.GetField("Id")!.GetValue(null)!);
    }
}
