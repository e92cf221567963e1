using PovertyRules.Assessment;
using PovertyRules.Distance;

namespace PovertyRules.Guangxi.Tests;

/// <summary>The distance to exit with the checklist loaded: a failing checklist criterion is a change named by its id; a report-only one is none.</summary>
public class DistanceTests
{
    [Fact]
    public void A_failing_checklist_criterion_is_a_change_the_library_names_but_cannot_quantify()
    {
        var poor = Guangxi.Household(Guangxi.AtEveryLimit with { Electricity = false }) with
        {
            Income = [new Model.AnnualIncome { Year = 2019, PerCapitaNet = 1_000m }],
        };

        var distance = Guangxi.Engine.Assess(poor, Guangxi.Profile).DistanceToExit();

        distance.Kind.Should().Be(DistanceKind.Changes);
        distance.Changes.Select(c => (c.RuleId, c.Kind)).Should().Equal(("HH-INCOME", ChangeKind.RaiseIncome), ("GX-ELECTRICITY", ChangeKind.MeetPackCriterion));
        distance.Changes[1].Amount.Should().BeNull();
    }

    [Fact]
    public void A_report_only_criterion_asks_no_change_and_no_input()
    {
        var household = Guangxi.Household(Guangxi.AtEveryLimit with { TelevisionOrSmartphone = false }) with
        {
            Income = [new Model.AnnualIncome { Year = 2019, PerCapitaNet = 1_000m }],
        };

        var distance = Guangxi.Engine.Assess(household, Guangxi.Profile).DistanceToExit();

        distance.Changes.Select(c => c.RuleId).Should().Equal("HH-INCOME");
        distance.InputsToCollect.Should().BeEmpty();
    }

    [Fact]
    public void An_unrecorded_checklist_figure_is_an_input_to_collect()
    {
        var distance = Guangxi.Engine.Assess(Guangxi.Household(Guangxi.AtEveryLimit with { FloorAreaSquareMetres = null }), Guangxi.Profile).DistanceToExit();

        distance.Kind.Should().Be(DistanceKind.InputsToCollect);
        distance.InputsToCollect.Select(i => i.ToString()).Should().Equal("GX-HOUSING-AREA missing (Extensions.guangxi.floorAreaSquareMetres)");
    }
}
