using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.Live;
using PovertyRules.Model;

namespace PovertyRules.Guangxi.Tests;

/// <summary>A live register over households the checklist applies to: what it holds is what the engine gives, pack findings included.</summary>
public class LiveRegisterTests
{
    [Fact]
    public void A_live_register_holds_the_checklist_findings_and_distance_the_engine_gives_before_and_after_a_change()
    {
        var withoutPower = Guangxi.Household(Guangxi.AtEveryLimit with { Electricity = false }, "GX-1");
        var atTheLimits = Guangxi.Household(Guangxi.AtEveryLimit, "GX-2");
        using var register = LiveRegister.Load(Guangxi.Engine, Guangxi.Profile, [withoutPower, atTheLimits], [], []);

        Describe(register.Household("GX-1")!).Should().Be(Describe(Guangxi.Engine.Assess(withoutPower, Guangxi.Profile)));
        Describe(register.Household("GX-2")!).Should().Be(Describe(Guangxi.Engine.Assess(atTheLimits, Guangxi.Profile)));
        register.Household("GX-1")!.FailedCriteria.Should().Equal("GX-ELECTRICITY");

        var powered = Guangxi.Household(Guangxi.AtEveryLimit, "GX-1");
        var result = register.Apply(new UpdateHousehold(powered));

        result.Households.Should().ContainSingle(t => t.Id == "GX-1").Which.Criteria.Select(c => c.CriterionId).Should().Equal("GX-ELECTRICITY");
        Describe(register.Household("GX-1")!).Should().Be(Describe(Guangxi.Engine.Assess(powered, Guangxi.Profile)));
    }

    private static string Describe(HouseholdAssessment a) =>
        $"{a.Status} failed [{string.Join(",", a.FailedCriteria)}] unknown [{string.Join(",", a.UnknownCriteria)}] "
        + $"findings [{string.Join(" | ", a.Findings.Select(f => f.MessageEn))}] distance {a.DistanceToExit().Summary}";
}
