using PovertyRules.Distance;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Tests.Distance;

/// <summary>
/// Applies a distance's changes to a record, as the tests check them: written here, from the change's kind, field and
/// amount, not by the library, so that a wrong amount or field shows up as a record that does not exit.
/// </summary>
internal static class ApplyDistance
{
    /// <summary><paramref name="household"/> with every change of <paramref name="changes"/> made.</summary>
    public static Household To(Household household, IEnumerable<RequiredChange> changes, PolicyProfile profile) =>
        changes.Aggregate(household, (h, change) => Apply(h, change, profile));

    public static Village To(Village village, IEnumerable<RequiredChange> changes) => changes.Aggregate(village, Apply);

    public static County To(County county, IEnumerable<RequiredChange> changes) => changes.Aggregate(county, Apply);

    private static Household Apply(Household h, RequiredChange change, PolicyProfile profile)
    {
        switch (change.Kind)
        {
            case ChangeKind.RaiseIncome:
                return WithIncome(h, change.Year!.Value, i => change.Field.EndsWith(nameof(AnnualIncome.PerCapitaDisposable), StringComparison.Ordinal)
                    ? i with { PerCapitaDisposable = i.PerCapitaDisposable + change.Amount }
                    : i with { PerCapitaNet = i.PerCapitaNet + change.Amount });
            case ChangeKind.ReduceTransfers:
                return WithIncome(h, change.Year!.Value, i => i with { Transfers = i.Transfers - change.Amount });
            case ChangeKind.ReturnToSchool:
                return WithMember(h, change.Member!.Value, m => m with { Schooling = SchoolingStatus.Grade7 });
            case ChangeKind.EnrolInMedicalInsurance:
                return WithMember(h, change.Member!.Value, m => m with { MedicalInsuranceEnrolled = true });
            case ChangeKind.MakeHousingSafe:
                return h with { Dwelling = (h.Dwelling ?? new Dwelling()) with { Grade = HousingGrade.B } };
            case ChangeKind.ProvideSafeWater:
                return h with { SafeDrinkingWater = true };
            case ChangeKind.SecureFoodAndClothing:
                return h with { FoodAndClothingSecure = true };
            case ChangeKind.CompleteProcedureStep:
                var p = h.ExitProcedure ?? new ExitProcedureRecord();
                return h with
                {
                    ExitProcedure = change.RuleId switch
                    {
                        "PROC-APPRAISAL" => p with { AppraisalHeld = true },
                        "PROC-VERIFICATION" => p with { Verified = true },
                        "PROC-CONSENT" => p with { HouseholdConsented = true },
                        "PROC-NOTICE" => p with { NoticeDays = Math.Max(p.NoticeDays ?? 0, profile.MinimumNoticeDays.Value), UnresolvedObjections = 0 },
                        "PROC-ANNOUNCEMENT" => p with { Announced = true },
                        _ => throw new InvalidOperationException($"no household step {change.RuleId}"),
                    },
                };
            default:
                throw new InvalidOperationException($"a household change of kind {change.Kind} cannot be applied");
        }
    }

    private static Village Apply(Village v, RequiredChange change)
    {
        var p = v.Procedure ?? new DelistingProcedureRecord();
        return change.Kind switch
        {
            ChangeKind.RemovePoorPeople => v with { RemainingPoorPeople = v.RemainingPoorPeople - (int)change.Amount!.Value },
            ChangeKind.RaiseAmount => v with { CollectiveIncome = v.CollectiveIncome + change.Amount },
            ChangeKind.ProvideFacility => change.Field switch
            {
                nameof(Village.HardenedRoad) => v with { HardenedRoad = true },
                nameof(Village.Electricity) => v with { Electricity = true },
                nameof(Village.SafeDrinkingWater) => v with { SafeDrinkingWater = true },
                nameof(Village.Clinic) => v with { Clinic = true },
                nameof(Village.CulturalCentre) => v with { CulturalCentre = true },
                nameof(Village.Broadband) => v with { Broadband = true },
                _ => throw new InvalidOperationException($"no facility {change.Field}"),
            },
            ChangeKind.CompleteProcedureStep => v with
            {
                Procedure = change.RuleId switch
                {
                    "VIL-PROC-NOTICE" => p with { NoticeHeld = true, UnresolvedObjections = 0 },
                    "VIL-PROC-ANNOUNCEMENT" => p with { Announced = true },
                    _ => throw new InvalidOperationException($"no village step {change.RuleId}"),
                },
            },
            _ => throw new InvalidOperationException($"a village change of kind {change.Kind} cannot be applied"),
        };
    }

    private static County Apply(County c, RequiredChange change)
    {
        var p = c.Procedure ?? new DecappingProcedureRecord();
        var e = c.Evaluation;
        var required = change.Required is { } r ? (int?)(int)r : null;
        return change.Kind switch
        {
            // People who exit leave the remaining count and join the exited one.
            ChangeKind.RemovePoorPeople => c with
            {
                RemainingPoorPeople = c.RemainingPoorPeople - (int)change.Amount!.Value,
                ExitedPeople = c.ExitedPeople + (int)change.Amount!.Value,
            },
            ChangeKind.RaiseAmount => c with { RuralPerCapitaIncome = c.RuralPerCapitaIncome + change.Amount },
            ChangeKind.ReduceSampledCases or ChangeKind.RaiseSampledApproval => c with
            {
                Evaluation = change.Field switch
                {
                    "Evaluation.WronglyExitedPeople" => e! with { WronglyExitedPeople = required },
                    "Evaluation.OmittedPoorPeople" => e! with { OmittedPoorPeople = required },
                    "Evaluation.HouseholdsApproving" => e! with { HouseholdsApproving = required },
                    _ => throw new InvalidOperationException($"no sampled figure {change.Field}"),
                },
            },
            ChangeKind.CompleteProcedureStep => c with
            {
                Procedure = change.Field switch
                {
                    "Procedure.CountyProposal" => p with { CountyProposal = true },
                    "Procedure.CityReview" => p with { CityReview = true },
                    "Procedure.ProvinceVerificationAndNotice" => p with { ProvinceVerificationAndNotice = true },
                    "Procedure.ProvinceApprovalAndReport" => p with { ProvinceApprovalAndReport = true },
                    "Procedure.NationalAssessment" => p with { NationalAssessment = true },
                    "Procedure.ProvinceFormalApproval" => p with { ProvinceFormalApproval = true },
                    _ => throw new InvalidOperationException($"no county step {change.Field}"),
                },
            },
            _ => throw new InvalidOperationException($"a county change of kind {change.Kind} cannot be applied"),
        };
    }

    private static Household WithIncome(Household h, int year, Func<AnnualIncome, AnnualIncome> change) =>
        h with { Income = [.. h.Income.Select(i => i.Year == year ? change(i) : i)] };

    private static Household WithMember(Household h, int index, Func<Member, Member> change) =>
        h with { Members = [.. h.Members.Select((m, i) => i == index ? change(m) : m)] };
}
