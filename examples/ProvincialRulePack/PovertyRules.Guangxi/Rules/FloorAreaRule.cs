using System.Globalization;
using NRules.Fluent.Dsl;
using PovertyRules.Rules;
using PovertyRules.Rules.Packs;

namespace PovertyRules.Guangxi.Rules;

/// <summary>住房安全: at least the profile's floor area per person (13 m² in the checklist), besides the national grade A or B.</summary>
[Name(Id), Tag(GuangxiPack.Name), Description("广西“八有一超”·有安全住房: 人均住房面积不低于13平方米 — at least the minimum floor area per person")]
internal sealed class FloorAreaRule : Rule
{
    public const string Id = "GX-HOUSING-AREA";

    public override void Define()
    {
        HouseholdCheck<GuangxiHousehold, GuangxiParameters> check = default!;
        When().Match(() => check, c => c.Data == null || c.Data.FloorAreaSquareMetres == null
            || c.Data.FloorAreaSquareMetres < c.Parameters.MinimumFloorAreaPerPerson.Value * c.Persons);
        Then().Do(_ => check.Record(Id, check.Data == null || check.Data.FloorAreaSquareMetres == null ? Outcome.Unknown : Outcome.NotMet));
    }

    internal static readonly PackCriterion<GuangxiHousehold, GuangxiParameters> Criterion =
        new(Id, "Floor area per person", "人均住房面积达标", PackCriterionRole.ExitCriterion, Explain);

    private static CriterionEvidence Explain(HouseholdCheck<GuangxiHousehold, GuangxiParameters> c)
    {
        var area = c.Data?.FloorAreaSquareMetres;
        var actual = area is { } a
            ? string.Create(CultureInfo.InvariantCulture, $"{Math.Round(a / c.Persons, 2)} m² per person ({a} m², {c.Persons} persons)")
            : Evidence.Number(null, "m²", "floorAreaSquareMetres");
        var figure = c.Parameters.MinimumFloorAreaPerPerson;
        return Evidence.Of(actual, $"at least {Evidence.Figure(figure)}", c.Parameters, "minimumFloorAreaPerPerson", figure);
    }
}
