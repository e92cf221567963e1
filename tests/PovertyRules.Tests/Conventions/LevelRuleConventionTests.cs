using PovertyRules.Rules;
using PovertyRules.Rules.County;
using PovertyRules.Rules.Village;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Conventions;

public class LevelRuleConventionTests
{
    [Fact]
    public void Every_village_and_county_rule_is_in_its_criteria_catalog_with_its_own_id()
    {
        var engine = Engine.Instance;

        VillageCriteria.Catalog.All.Select(c => c.Id).Should().BeEquivalentTo(engine.VillageRules.Select(r => r.Id));
        CountyCriteria.Catalog.All.Select(c => c.Id).Should().BeEquivalentTo(engine.CountyRules.Select(r => r.Id));
        engine.VillageRules.Concat(engine.CountyRules).Should().OnlyContain(r => r.Id == (string)r.RuleType.GetField("Id")!.GetValue(null)!);
    }

    [Fact]
    public void Rule_ids_are_unique_across_household_village_and_county_rule_sets()
    {
        var engine = Engine.Instance;

        engine.Rules.Concat(engine.VillageRules).Concat(engine.CountyRules).Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Village_and_county_rules_carry_their_level_tags()
    {
        var engine = Engine.Instance;

        engine.VillageRules.Should().OnlyContain(r => r.Tags.Contains(RuleTags.VillageDelisting) || r.Tags.Contains(RuleTags.VillageProcedure));
        engine.CountyRules.Should().OnlyContain(r => r.Tags.Contains(RuleTags.CountyDecapping) || r.Tags.Contains(RuleTags.CountyProcedure));
    }

    [Fact]
    public void Village_and_county_receipts_name_their_own_rule_set_version()
    {
        var village = Levels.Assess(Levels.DelistableVillage());
        var county = Levels.Assess(Levels.ExitingCounty());
        var household = Engine.Assess(Households.Exiting());

        village.Receipt.ParameterHash.Should().Be(household.Receipt.ParameterHash);
        new[] { household.Receipt.RuleSetVersion, village.Receipt.RuleSetVersion, county.Receipt.RuleSetVersion }.Should().OnlyHaveUniqueItems();
    }
}
