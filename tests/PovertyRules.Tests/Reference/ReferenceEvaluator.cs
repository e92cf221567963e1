using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Reference;

/// <summary>
/// A plain C# evaluator written straight from the policy brief, independent of the rule classes, used to check the
/// NRules engine: the same criteria, the same three-valued logic, no shared code but the model and the profile.
/// </summary>
internal static class ReferenceEvaluator
{
    internal sealed record Result(HouseholdStatus Status, ISet<string> Failed, ISet<string> Unknown);

    private enum V { Met, NotMet, Unknown }

    public static Result Evaluate(Household h, PolicyProfile p)
    {
        if (HouseholdValidator.Validate(h, p).Count > 0)
        {
            return new Result(HouseholdStatus.InvalidInput, new HashSet<string>(), new HashSet<string>());
        }

        var exit = new Dictionary<string, V>
        {
            ["HH-INCOME"] = Income(h, p),
            ["HH-FOOD-CLOTHING"] = Bool(h.FoodAndClothingSecure),
            ["HH-EDUCATION"] = All(h.Members, m => Education(m, p)),
            ["HH-MEDICAL"] = All(h.Members, m => m.MedicalInsuranceEligible switch { null => V.Unknown, false => V.Met, true => Bool(m.MedicalInsuranceEnrolled) }),
            ["HH-HOUSING"] = Housing(h.Dwelling),
        };
        if (p.SafeDrinkingWaterRequired.Value)
        {
            exit["HH-WATER"] = Bool(h.SafeDrinkingWater);
        }

        var proc = h.ExitProcedure;
        var procedure = new Dictionary<string, V>
        {
            ["PROC-APPRAISAL"] = Bool(proc?.AppraisalHeld),
            ["PROC-VERIFICATION"] = Bool(proc?.Verified),
            ["PROC-CONSENT"] = Bool(proc?.HouseholdConsented),
            ["PROC-NOTICE"] = Notice(proc, p),
            ["PROC-ANNOUNCEMENT"] = Bool(proc?.Announced),
        };

        var exclusion = new Dictionary<string, V>
        {
            ["EX-PAYROLL"] = All(h.Members, m => Payroll(m, h, p)),
            ["EX-BUSINESS"] = h.RegisteredBusiness switch { null => V.Unknown, true => V.NotMet, false => V.Met },
            ["EX-COMMERCIAL-HOUSING"] = h.OwnedHousing is null ? V.Unknown
                : h.OwnedHousing.Any(d => d.Kind == DwellingKind.CommercialPurchase) ? V.NotMet : V.Met,
            ["EX-CAR"] = h.Vehicles is null ? V.Unknown : All(h.Vehicles, v => Car(v, p)),
        };

        var all = exit.Concat(procedure).Concat(exclusion).ToList();
        var failed = all.Where(kv => kv.Value == V.NotMet).Select(kv => kv.Key).ToHashSet();
        var unknown = all.Where(kv => kv.Value == V.Unknown).Select(kv => kv.Key).ToHashSet();

        HouseholdStatus status;
        if (exclusion.Values.Contains(V.NotMet))
        {
            status = HouseholdStatus.IneligibleWronglyRegistered;
        }
        else if (exit.Values.Contains(V.NotMet))
        {
            status = HouseholdStatus.RemainsPoor;
        }
        else if (exit.Values.Contains(V.Unknown) || exclusion.Values.Contains(V.Unknown))
        {
            status = HouseholdStatus.Undetermined;
        }
        else if (procedure.Values.Any(v => v != V.Met))
        {
            status = HouseholdStatus.EligibleProcedurePending;
        }
        else
        {
            status = HouseholdStatus.MayExit;
        }

        return new Result(status, failed, unknown);
    }

    private static V Bool(bool? value) => value switch { null => V.Unknown, true => V.Met, false => V.NotMet };

    private static V All<T>(IEnumerable<T> items, Func<T, V> judge)
    {
        var verdicts = items.Select(judge).ToList();
        return verdicts.Contains(V.NotMet) ? V.NotMet : verdicts.Contains(V.Unknown) ? V.Unknown : V.Met;
    }

    private static V Income(Household h, PolicyProfile p)
    {
        var years = Enumerable.Range(p.Year - p.YearsAboveLine.Value + 1, p.YearsAboveLine.Value);
        return All(years, year =>
        {
            var record = h.Income.FirstOrDefault(i => i.Year == year);
            if (record is null)
            {
                return V.Unknown;
            }

            var excluded = p.ExcludedTransfers.Value;
            decimal? less = 0m;
            if (excluded.HasFlag(TransferExclusions.Pension))
            {
                less = less + record.Pension;
            }

            if (excluded.HasFlag(TransferExclusions.MinimumLivingAllowance))
            {
                less = less + record.MinimumLivingAllowance;
            }

            if (excluded.HasFlag(TransferExclusions.OneOffRelief))
            {
                less = less + record.OneOffRelief;
            }

            var income = (p.IncomeMeasure.Value == IncomeMeasure.Net ? record.PerCapitaNet : record.PerCapitaDisposable) - less;
            if (income is null)
            {
                return V.Unknown;
            }

            if (!(income.Value > p.PovertyLines[year].Value))
            {
                return V.NotMet;
            }

            if (p.MaxTransferShare.Value is not { } cap)
            {
                return V.Met;
            }

            var transfers = record.Transfers - less;
            return transfers is null ? V.Unknown : transfers.Value / income.Value > cap ? V.NotMet : V.Met;
        });
    }

    private static V Education(Member m, PolicyProfile p)
    {
        var age = m.BirthDate is { } born
            ? p.AgeReferenceDate.Value.Year - born.Year - (p.AgeReferenceDate.Value < born.AddYears(p.AgeReferenceDate.Value.Year - born.Year) ? 1 : 0)
            : m.Age;
        if (age is null)
        {
            return V.Unknown;
        }

        if (age < p.CompulsoryEducationFromAge.Value || age > p.CompulsoryEducationToAge.Value)
        {
            return V.Met;
        }

        if (m.Schooling is null)
        {
            return V.Unknown;
        }

        if (m.Schooling != SchoolingStatus.NotInSchool)
        {
            return V.Met;
        }

        return m.OutOfSchoolReason is null ? V.Unknown : m.OutOfSchoolReason == OutOfSchoolReason.Poverty ? V.NotMet : V.Met;
    }

    private static V Housing(Dwelling? d)
    {
        if (d is null)
        {
            return V.Unknown;
        }

        if (d.Resettled == true || d.Grade == HousingGrade.A || d.Grade == HousingGrade.B)
        {
            return V.Met;
        }

        if ((d.Grade == HousingGrade.C || d.Grade == HousingGrade.D) && d.Resettled == false)
        {
            return V.NotMet;
        }

        return V.Unknown;
    }

    private static V Notice(ExitProcedureRecord? proc, PolicyProfile p)
    {
        var days = proc?.NoticeDays;
        var objections = proc?.UnresolvedObjections;
        if ((days is { } d && d < p.MinimumNoticeDays.Value) || objections is > 0)
        {
            return V.NotMet;
        }

        return days is null || objections is null ? V.Unknown : V.Met;
    }

    private static V Payroll(Member m, Household h, PolicyProfile p)
    {
        if (m.OnGovernmentPayroll == true)
        {
            return V.NotMet;
        }

        var cadre = V.Met;
        if (p.VillageCadresExcluded.Value)
        {
            cadre = m.VillageCadre switch
            {
                null => V.Unknown,
                false => V.Met,
                true when !p.CadreWithMajorCauseExempt.Value => V.NotMet,
                true => h.MajorPovertyCauseDocumented switch { null => V.Unknown, true => V.Met, false => V.NotMet },
            };
        }

        if (cadre == V.NotMet)
        {
            return V.NotMet;
        }

        return m.OnGovernmentPayroll is null || cadre == V.Unknown ? V.Unknown : V.Met;
    }

    private static V Car(Vehicle v, PolicyProfile p)
    {
        var isCar = v.Kind == VehicleKind.PassengerCar;
        var isWork = v.Kind is VehicleKind.FarmVehicle or VehicleKind.Truck or VehicleKind.ConstructionMachinery;
        if (!(isCar || (isWork && p.WorkVehiclesExcluded.Value)))
        {
            return V.Met;
        }

        if (v.DisabilityVehicle && p.DisabilityVehicleExempt.Value)
        {
            return V.Met;
        }

        if (p.MinimumExcludingCarValue.Value is not { } minimum)
        {
            return V.NotMet;
        }

        return v.Value is null ? V.Unknown : v.Value.Value >= minimum ? V.NotMet : V.Met;
    }
}
