using System.Globalization;
using PovertyRules.Benchmarks.HandWritten;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;
using RulesEngine.Models;

namespace PovertyRules.Benchmarks.Peer;

/// <summary>
/// The same criteria as a Microsoft RulesEngine workflow, the .NET peer a team would otherwise pick: each criterion is
/// two expression rules over the household <c>h</c> and the profile's figures <c>p</c> — "met" and "known not met" —
/// and a criterion for which neither holds is unknown; the status follows from the verdicts as in the library.
/// </summary>
/// <remarks>
/// RulesEngine has no notion of a malformed record, so records go through the hand-written validator first (a few
/// per cent of this path's time, which only flatters the peer). The workflow is written from the profile; options
/// the port does not cover throw <see cref="NotSupportedException"/> rather than give different answers.
/// </remarks>
internal sealed class RulesEnginePeer
{
    private const string WorkflowName = "household";

    private readonly RulesEngine.RulesEngine _engine;
    private readonly ProfileFigures _figures;
    private readonly HandWrittenEvaluator _validator;
    private readonly int[] _criteria;

    public RulesEnginePeer(PolicyProfile profile)
    {
        if (profile.ExcludedTransfers.Value != TransferExclusions.None || profile.MaxTransferShare.Value is not null)
        {
            throw new NotSupportedException($"Profile '{profile.Id}': the RulesEngine port covers neither excluded transfers nor a transfer cap.");
        }

        _figures = new ProfileFigures(profile);
        _validator = new HandWrittenEvaluator(profile);
        var rules = new List<Rule>();
        var criteria = new List<int>();
        foreach (var (id, met, notMet) in Criteria(profile))
        {
            criteria.Add(Array.IndexOf(HandWrittenEvaluator.Ids, id));
            rules.Add(new Rule
            {
                RuleName = id,
                Expression = met,
                RuleExpressionType = RuleExpressionType.LambdaExpression,
                Actions = new RuleActions
                {
                    OnFailure = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = notMet } },
                },
            });
        }

        _criteria = [.. criteria];
        var settings = new ReSettings
        {
            CustomTypes = [typeof(Household), typeof(Member), typeof(AnnualIncome), typeof(Dwelling), typeof(ExitProcedureRecord),
                typeof(OwnedProperty), typeof(Vehicle), typeof(SchoolingStatus), typeof(OutOfSchoolReason), typeof(HousingGrade),
                typeof(DwellingKind), typeof(VehicleKind), typeof(ProfileFigures)],
            EnableFormattedErrorMessage = false,
            UseFastExpressionCompiler = true,
        };
        _engine = new RulesEngine.RulesEngine([new Workflow { WorkflowName = WorkflowName, Rules = rules }], settings);
    }

    public int RuleCount => _criteria.Length;

    public HandResult Evaluate(Household? household)
    {
        if (_validator.Evaluate(household).Status == HouseholdStatus.InvalidInput)
        {
            return new HandResult(HouseholdStatus.InvalidInput, 0, 0);
        }

        var results = _engine.ExecuteAllRulesAsync(WorkflowName, new RuleParameter("h", household), new RuleParameter("p", _figures))
            .AsTask().GetAwaiter().GetResult();
        int notMet = 0, unknown = 0;
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var criterion = _criteria[i];
            if (!string.IsNullOrEmpty(result.ExceptionMessage) || result.ActionResult?.Exception is not null)
            {
                throw new InvalidOperationException($"Rule {result.Rule.RuleName} failed on {household!.Id}: {result.ExceptionMessage}{result.ActionResult?.Exception?.Message}");
            }

            if (result.IsSuccess)
            {
                continue;
            }

            if (result.ActionResult?.Output is true)
            {
                notMet |= 1 << criterion;
            }
            else
            {
                unknown |= 1 << criterion;
            }
        }

        return new HandResult(HandWrittenEvaluator.StatusOf(notMet, unknown), notMet, unknown);
    }

    private static IEnumerable<(string Id, string Met, string NotMet)> Criteria(PolicyProfile profile)
    {
        var measure = profile.IncomeMeasure.Value == IncomeMeasure.Disposable ? "PerCapitaDisposable" : "PerCapitaNet";
        var years = profile.YearsAboveLine.Value;
        var metYears = new List<string>();
        var notMetYears = new List<string>();
        for (var k = 0; k < years; k++)
        {
            var year = (profile.Year - years + 1 + k).ToString(CultureInfo.InvariantCulture);
            var income = $"h.IncomeFor({year})";
            metYears.Add($"({income} != null && {income}.{measure} != null && {income}.{measure} > p.Lines[{k}])");
            notMetYears.Add($"({income} != null && {income}.{measure} != null && {income}.{measure} <= p.Lines[{k}])");
        }

        yield return ("HH-INCOME", string.Join(" && ", metYears), string.Join(" || ", notMetYears));
        yield return ("HH-FOOD-CLOTHING", "h.FoodAndClothingSecure == true", "h.FoodAndClothingSecure == false");

        const string age = "m.AgeOn(p.AgeDate)";
        yield return ("HH-EDUCATION",
            $"h.Members.All(m => {age} != null && ({age} < p.FromAge || {age} > p.ToAge || (m.Schooling != null && (m.Schooling != \"NotInSchool\" || (m.OutOfSchoolReason != null && m.OutOfSchoolReason != \"Poverty\")))))",
            $"h.Members.Any(m => {age} != null && {age} >= p.FromAge && {age} <= p.ToAge && m.Schooling == \"NotInSchool\" && m.OutOfSchoolReason == \"Poverty\")");
        yield return ("HH-MEDICAL",
            "h.Members.All(m => m.MedicalInsuranceEligible == false || (m.MedicalInsuranceEligible == true && m.MedicalInsuranceEnrolled == true))",
            "h.Members.Any(m => m.MedicalInsuranceEligible == true && m.MedicalInsuranceEnrolled == false)");
        yield return ("HH-HOUSING",
            "h.Dwelling != null && (h.Dwelling.Resettled == true || h.Dwelling.Grade == \"A\" || h.Dwelling.Grade == \"B\")",
            "h.Dwelling != null && h.Dwelling.Resettled == false && (h.Dwelling.Grade == \"C\" || h.Dwelling.Grade == \"D\")");
        if (profile.SafeDrinkingWaterRequired.Value)
        {
            yield return ("HH-WATER", "h.SafeDrinkingWater == true", "h.SafeDrinkingWater == false");
        }

        foreach (var (id, step) in new[] { ("PROC-APPRAISAL", "AppraisalHeld"), ("PROC-VERIFICATION", "Verified"), ("PROC-CONSENT", "HouseholdConsented") })
        {
            yield return (id, $"h.ExitProcedure != null && h.ExitProcedure.{step} == true", $"h.ExitProcedure != null && h.ExitProcedure.{step} == false");
        }

        yield return ("PROC-NOTICE",
            "h.ExitProcedure != null && h.ExitProcedure.NoticeDays != null && h.ExitProcedure.NoticeDays >= p.MinimumNoticeDays && h.ExitProcedure.UnresolvedObjections == 0",
            "h.ExitProcedure != null && ((h.ExitProcedure.NoticeDays != null && h.ExitProcedure.NoticeDays < p.MinimumNoticeDays) || (h.ExitProcedure.UnresolvedObjections != null && h.ExitProcedure.UnresolvedObjections > 0))");
        yield return ("PROC-ANNOUNCEMENT", "h.ExitProcedure != null && h.ExitProcedure.Announced == true", "h.ExitProcedure != null && h.ExitProcedure.Announced == false");

        var (cadreMet, cadreNotMet) = (profile.VillageCadresExcluded.Value, profile.CadreWithMajorCauseExempt.Value) switch
        {
            (false, _) => ("true", "false"),
            (true, false) => ("m.VillageCadre == false", "m.VillageCadre == true"),
            (true, true) => ("(m.VillageCadre == false || (m.VillageCadre == true && h.MajorPovertyCauseDocumented == true))",
                "(m.VillageCadre == true && h.MajorPovertyCauseDocumented == false)"),
        };
        yield return ("EX-PAYROLL",
            $"h.Members.All(m => m.OnGovernmentPayroll == false && {cadreMet})",
            $"h.Members.Any(m => m.OnGovernmentPayroll == true || {cadreNotMet})");
        yield return ("EX-BUSINESS", "h.RegisteredBusiness == false", "h.RegisteredBusiness == true");
        yield return ("EX-COMMERCIAL-HOUSING",
            "h.OwnedHousing != null && !h.OwnedHousing.Any(d => d.Kind == \"CommercialPurchase\")",
            "h.OwnedHousing != null && h.OwnedHousing.Any(d => d.Kind == \"CommercialPurchase\")");

        var counted = profile.WorkVehiclesExcluded.Value
            ? "(v.Kind == \"PassengerCar\" || v.Kind == \"FarmVehicle\" || v.Kind == \"Truck\" || v.Kind == \"ConstructionMachinery\")"
            : "v.Kind == \"PassengerCar\"";
        if (profile.DisabilityVehicleExempt.Value)
        {
            counted = $"({counted} && !v.DisabilityVehicle)";
        }

        var (carNotMet, carUnknown) = profile.MinimumExcludingCarValue.Value is null
            ? (counted, "false")
            : ($"({counted} && v.Value != null && v.Value >= p.MinimumCarValue)", $"({counted} && v.Value == null)");
        yield return ("EX-CAR",
            $"h.Vehicles != null && !h.Vehicles.Any(v => {carNotMet} || {carUnknown})",
            $"h.Vehicles != null && h.Vehicles.Any(v => {carNotMet})");
    }
}

/// <summary>The profile's figures as the workflow's second input (<c>p</c>).</summary>
public sealed class ProfileFigures(PolicyProfile profile)
{
    /// <summary>The poverty lines of the tested years, oldest first.</summary>
    public decimal[] Lines { get; } =
        [.. Enumerable.Range(profile.Year - profile.YearsAboveLine.Value + 1, profile.YearsAboveLine.Value).Select(y => profile.PovertyLines[y].Value)];

    /// <summary>The date ages are taken on.</summary>
    public DateOnly AgeDate { get; } = profile.AgeReferenceDate.Value;

    /// <summary>The youngest compulsory-school age.</summary>
    public int FromAge { get; } = profile.CompulsoryEducationFromAge.Value;

    /// <summary>The oldest compulsory-school age.</summary>
    public int ToAge { get; } = profile.CompulsoryEducationToAge.Value;

    /// <summary>The fewest notice days.</summary>
    public int MinimumNoticeDays { get; } = profile.MinimumNoticeDays.Value;

    /// <summary>The least value of an excluding car.</summary>
    public decimal MinimumCarValue { get; } = profile.MinimumExcludingCarValue.Value ?? 0m;
}
