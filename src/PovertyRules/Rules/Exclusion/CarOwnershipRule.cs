using PovertyRules.Rules.Household;

namespace PovertyRules.Rules.Exclusion;

/// <summary>
/// 四类对象 (4) — the household owns a private passenger car. Profile options: exempt disabled members' mobility
/// vehicles, count only cars worth at least a minimum value, and also count farm vehicles, trucks and machinery.
/// </summary>
[Name(Id), Tag(RuleTags.Exclusion), Description("四类对象(四) 拥有小汽车 (2015年建档立卡回头看): the household owns a private passenger car (profile options: disability-vehicle exemption, minimum value, work vehicles)")]
internal sealed class CarOwnershipRule() : CountedRule(Criterion)
{
    /// <summary>The stable rule id.</summary>
    public const string Id = "EX-CAR";

    /// <summary>Counted cars, and cars whose value decides and is not recorded; one undecided item when vehicles are not recorded.</summary>
    internal static Tally Count(Model.Household household, HouseholdParameters p) =>
        household.Vehicles is { } vehicles ? Tally.Of(vehicles, p, static (vehicle, parameters) => Judge(vehicle, parameters)) : new Tally(0, 1);

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
                $"{v.Kind}{(v.DisabilityVehicle ? " (disability vehicle)" : string.Empty)}{(v.Value is { } value ? " " + Formats.Yuan(value) : string.Empty)}")),
        };
        var counted = p.WorkVehiclesExcluded ? "no car, farm vehicle, truck or machinery" : "no private passenger car";
        if (p.MinimumCarValue is { } minimum)
        {
            counted += $" worth ≥ {Formats.Yuan(minimum)}";
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

    internal static readonly CountedCriterion Criterion = new(Id, CriterionKind.Exclusion, "No car", "无小汽车", h => h.Cars, Explain);
}
