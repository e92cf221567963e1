using System.Collections.Immutable;
using PovertyRules.Assessment;
using PovertyRules.Policy;
using PovertyRules.Rules.Packs;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Packs;

public class RulePackLoadingTests
{
    [Fact]
    public void A_pack_reusing_a_national_rule_id_is_refused_when_the_engine_is_created()
    {
        var create = () => new PovertyRulesEngine(o => o.AddRules(typeof(NationalIdPack).Assembly));

        create.Should().Throw<ArgumentException>().Which.Message.Should()
            .Contain("Rule id collision: HH-INCOME").And.Contain(nameof(NationalIdPack)).And.Contain("a national rule");
    }

    [Fact]
    public void An_assembly_without_a_rule_pack_is_refused()
    {
        var create = () => new PovertyRulesEngine(o => o.AddRules(typeof(ImmutableArray).Assembly));

        create.Should().Throw<ArgumentException>().Which.Message.Should().Contain("holds no rule pack");
    }

    [Fact]
    public void The_same_pack_assembly_added_twice_is_refused()
    {
        var create = () => new PovertyRulesEngine(o => o.AddRules(typeof(NationalIdPack).Assembly).AddRules(typeof(NationalIdPack).Assembly));

        create.Should().Throw<ArgumentException>().Which.Message.Should().Contain("was added already");
    }

    [Fact]
    public void An_engine_without_packs_keeps_the_national_rule_set_version()
    {
        new PovertyRulesEngine(_ => { }).RuleSetVersion.Should().Be(Engine.Instance.RuleSetVersion);
    }

    [Fact]
    public void A_recorded_outcome_for_an_id_the_pack_does_not_declare_is_an_argument_error()
    {
        var check = PackCheckFor("GX-A");

        var record = () => check.Record("GX-B", PovertyRules.Rules.Outcome.NotMet);

        record.Should().Throw<ArgumentException>().Which.Message.Should().Contain("'GX-B' is not a criterion of this pack");
    }

    private static PackCheck PackCheckFor(string id) =>
        new HouseholdCheck<NationalIdPack.Data, PackSection>(Households.Exiting(), null, new PackSection("national-id", []), new Dictionary<string, int> { [id] = 0 });
}
