using NRules.Fluent.Dsl;
using PovertyRules.Evaluation;
using PovertyRules.Model;

namespace PovertyRules.Rules.Exclusion;

/// <summary>
/// 四类对象 (4) — the household owns a private passenger car. Profile options: exempt disabled members' mobility
/// vehicles, count only cars worth at least a minimum value, and also count farm vehicles, trucks and machinery.
/// </summary>
[Name(Id)]
[Description("四类对象(四) 拥有小汽车 (2015年建档立卡回头看): the household owns a private passenger car (profile options: disability-vehicle exemption, minimum value, work vehicles)")]
[Tag(RuleTags.Exclusion)]
public sealed class CarOwnershipRule : Rule
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "EX-CAR";

    internal static readonly Criterion Criterion =
        new(Id, CriterionKind.Exclusion, "No car", "无小汽车", Explain);

    /// <inheritdoc />
    public override void Define()
    {
        HouseholdFact household = default!;

        When()
            .Match(() => household, h => Test(h) != Verdict.Met);
        Then()
            .Do(_ => household.Record(Criterion, Test(household)));
    }

    internal static Verdict Test(HouseholdFact fact) =>
        fact.Household.Vehicles is { } vehicles
            ? Verdicts.All(vehicles, fact.Parameters, static (vehicle, p) => Judge(vehicle, p))
            : Verdict.Unknown;

    private static Verdict Judge(Vehicle vehicle, HouseholdParameters p)
    {
        var counted = vehicle.Kind == VehicleKind.PassengerCar
            || (p.WorkVehiclesExcluded && vehicle.Kind is VehicleKind.FarmVehicle or VehicleKind.Truck or VehicleKind.ConstructionMachinery);
        if (!counted || (vehicle.DisabilityVehicle && p.DisabilityVehicleExempt))
        {
            return Verdict.Met;
        }

        if (p.MinimumCarValue is not { } minimum)
        {
            return Verdict.NotMet;
        }

        return vehicle.Value switch
        {
            null => Verdict.Unknown,
            var value when value >= minimum => Verdict.NotMet,
            _ => Verdict.Met,
        };
    }

    private static Evidence Explain(HouseholdFact fact)
    {
        var p = fact.Parameters;
        var vehicles = fact.Household.Vehicles;
        var actual = vehicles switch
        {
            null => "missing (Vehicles)",
            { Count: 0 } => "none",
            _ => string.Join(", ", vehicles.Select(v =>
                $"{v.Kind}{(v.DisabilityVehicle ? " (disability vehicle)" : string.Empty)}{(v.Value is { } value ? " " + HouseholdFact.Yuan(value) : string.Empty)}")),
        };
        var counted = p.WorkVehiclesExcluded ? "no car, farm vehicle, truck or machinery" : "no private passenger car";
        if (p.MinimumCarValue is { } minimum)
        {
            counted += $" worth ≥ {HouseholdFact.Yuan(minimum)}";
        }

        if (p.DisabilityVehicleExempt)
        {
            counted += " (disability vehicles exempt)";
        }

        var profile = p.Profile;
        return new Evidence(
            actual,
            counted,
            "disabilityVehicleExempt, minimumExcludingCarValue, workVehiclesExcluded",
            Policy.Citations.FourCategories,
            profile.DisabilityVehicleExempt.Verified && profile.MinimumExcludingCarValue.Verified && profile.WorkVehiclesExcluded.Verified);
    }
}
