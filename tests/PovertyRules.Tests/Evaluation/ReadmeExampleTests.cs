using PovertyRules.Assessment;
using PovertyRules.RollUp;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Evaluation;

/// <summary>The README's "Villages and counties" example, run as written, with the outputs its comments state.</summary>
public class ReadmeExampleTests
{
    private static IEnumerable<Household> Register()
    {
        // Village 431226101201 (described): 8 exiting households and 2 poor ones of 3 people; village 431226101202 (not
        // described): 2 poor households of 4 people. Remaining: 6 + 8 = 14 of the county's 2,000 people.
        for (var i = 0; i < 10; i++)
        {
            var household = Households.Exiting($"4312260{i:000}") with { Members = [Households.Adult(), Households.Adult(), Households.Child(10)] };
            yield return i < 8 ? household : household.WithIncome(2016, 2000m);
        }

        for (var i = 0; i < 2; i++)
        {
            yield return Households.Exiting($"4312261{i:000}").WithIncome(2016, 2000m) with
            {
                VillageCode = "431226101202",
                Members = [Households.Adult(), Households.Adult(), Households.Child(8), Households.Child(12)],
            };
        }
    }

    [Fact]
    public void Assessing_a_county_from_households_prints_what_the_readme_says()
    {
        var engine = Engine.Instance;
        var profile = PolicyProfiles.National(2016);
        var households = Register();

        // From the README:
        var county = new County
        {
            Code = "431226", RuralPopulation = 2_000,
            Evaluation = new ThirdPartySample
            {
                ExitedPeopleSampled = 1_200, WronglyExitedPeople = 9,        // wrong-exit rate 0.75%
                NonRegisteredPeopleSampled = 3_000, OmittedPoorPeople = 21,  // omission rate 0.7%
                HouseholdsSurveyed = 800, HouseholdsApproving = 761,         // public approval 95.1%
            },
            Procedure = new DecappingProcedureRecord
            {
                CountyProposal = true, CityReview = true, ProvinceVerificationAndNotice = true,
                ProvinceApprovalAndReport = true, NationalAssessment = true, ProvinceFormalApproval = true,
            },
        };
        var village = new Village
        {
            Code = "431226101201", RuralPopulation = 800,
            HardenedRoad = false, Electricity = true, SafeDrinkingWater = true, Clinic = true,
            Procedure = new DelistingProcedureRecord { NoticeHeld = true, UnresolvedObjections = 0, Announced = true },
        };

        HierarchyAssessment result = engine.AssessHierarchy(households, [village], [county], profile);
        CountyResult counted = result.County("431226")!;
        CountyAssessment assessment = counted.Assessment!;
        var line1 = $"{assessment.Status}, incidence {assessment.Incidence:0.00%}";
        var line2 = assessment.Evaluation!.WrongExit!.ToString();
        var line3 = counted.Villages[0].ToString();

        line1.Should().Be("MayExit, incidence 0.70%");
        line2.Should().Be("wrong-exit rate 0.75% (9/1200; 95% CI 0.4%–1.42%; passes, robust to sampling error)");
        line3.Should().Be("431226101201: RemainsListed [VIL-ROAD]");
        counted.UndescribedVillages.Single().ToString().Should().Be("431226101202: 2 households (8 people), 8 remaining poor people");
    }
}
