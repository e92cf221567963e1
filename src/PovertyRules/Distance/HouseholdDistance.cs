using System.Collections.Concurrent;
using System.Globalization;
using PovertyRules.Assessment;
using PovertyRules.Policy;
using PovertyRules.Rules;
using PovertyRules.Rules.Household;

namespace PovertyRules.Distance;

/// <summary>
/// A household's distance to exit, from its assessment's verdicts and the record and parameters it was assessed on:
/// one change per criterion not met (per year, per member where the criterion counts items), one per procedure step
/// not done or not recorded, and the missing inputs of every undecided criterion.
/// </summary>
internal static class HouseholdDistance
{
    // The inputs an export leaves out, made once: a bulk writer asks them of nearly every household.
    private static readonly MemberInputs BirthDates = new(CompulsoryEducationRule.Id, "BirthDate");
    private static readonly MemberInputs Schooling = new(CompulsoryEducationRule.Id, "Schooling");
    private static readonly MemberInputs OutOfSchoolReasons = new(CompulsoryEducationRule.Id, "OutOfSchoolReason");
    private static readonly MemberInputs InsuranceEligibility = new(MedicalInsuranceRule.Id, "MedicalInsuranceEligible");
    private static readonly MemberInputs InsuranceEnrolment = new(MedicalInsuranceRule.Id, "MedicalInsuranceEnrolled");
    private static readonly MemberInputs Payroll = new(Rules.Exclusion.GovernmentPayrollRule.Id, "OnGovernmentPayroll");
    private static readonly MemberInputs Cadres = new(Rules.Exclusion.GovernmentPayrollRule.Id, "VillageCadre");
    private static readonly MissingInput DwellingGrade = new(SafeHousingRule.Id, "Dwelling.Grade");
    private static readonly MissingInput DwellingResettled = new(SafeHousingRule.Id, "Dwelling.Resettled");
    private static readonly MissingInput DrinkingWater = new(SafeDrinkingWaterRule.Id, nameof(Model.Household.SafeDrinkingWater));
    private static readonly MissingInput FoodAndClothing = new(FoodAndClothingRule.Id, nameof(Model.Household.FoodAndClothingSecure));
    private static readonly MissingInput MajorCause = new(Rules.Exclusion.GovernmentPayrollRule.Id, nameof(Model.Household.MajorPovertyCauseDocumented));
    private static readonly MissingInput Business = new(Rules.Exclusion.RegisteredBusinessRule.Id, nameof(Model.Household.RegisteredBusiness));
    private static readonly MissingInput OwnedHousing = new(Rules.Exclusion.CommercialHousingRule.Id, nameof(Model.Household.OwnedHousing));
    private static readonly MissingInput Vehicles = new(Rules.Exclusion.CarOwnershipRule.Id, nameof(Model.Household.Vehicles));
    private static readonly ConcurrentDictionary<(string Id, bool NotRecorded, int Notice), RequiredChange> StepChanges = new();
    private static readonly InputPart[] InputParts = [.. HouseholdCriteria.All.Select(c => PartOf(c.Id))];

    /// <summary>Which inputs a criterion reads, for <see cref="AddInputs"/>.</summary>
    private enum InputPart
    {
        Other,
        Income,
        Education,
        Insurance,
        Housing,
        Water,
        FoodAndClothing,
        Payroll,
        Business,
        OwnedHousing,
        Vehicles,
    }

    public static ExitDistance Of(HouseholdAssessment assessment)
    {
        if (assessment.Fact is not { } fact)
        {
            return new ExitDistance(assessment.HouseholdId, DistanceKind.InvalidInput, [], []);
        }

        var kind = assessment.Status switch
        {
            HouseholdStatus.MayExit => DistanceKind.Reached,
            HouseholdStatus.IneligibleWronglyRegistered => DistanceKind.WronglyRegistered,
            HouseholdStatus.Undetermined => DistanceKind.InputsToCollect,
            _ => DistanceKind.Changes,
        };
        if (kind is DistanceKind.Reached or DistanceKind.WronglyRegistered)
        {
            return new ExitDistance(assessment.HouseholdId, kind, [], []);
        }

        var verdicts = assessment.Verdicts;
        var changes = new List<RequiredChange>();
        // An export household leaves a few household inputs and two or three per member open: room for them at once.
        var inputs = new List<MissingInput>(8 + (3 * fact.Household.Members.Count));
        var criteria = HouseholdCriteria.All;
        for (var c = 0; c < criteria.Count; c++)
        {
            var criterion = criteria[c];
            var bit = 1 << criterion.Index;
            var notMet = (verdicts.NotMet & bit) != 0;
            if (!notMet && (verdicts.Unknown & bit) == 0)
            {
                continue;
            }

            if (criterion.Kind == CriterionKind.ProcedureStep)
            {
                if (kind == DistanceKind.Changes)
                {
                    changes.Add(Step(criterion, fact));
                }

                continue;
            }

            if (notMet)
            {
                AddChanges(criterion.Id, fact, changes);
            }

            AddInputs(criterion, notMet, fact, inputs);
        }

        // A pack's exit criteria only: a report-only criterion has no say in the exit, so it asks no change and no input.
        foreach (var (pack, check) in fact.Packs ?? [])
        {
            for (var i = 0; i < pack.AllCriteria.Count; i++)
            {
                var criterion = pack.AllCriteria[i];
                var outcome = check.OutcomeAt(i);
                if (criterion.Role != Rules.Packs.PackCriterionRole.ExitCriterion || outcome == Outcome.Met)
                {
                    continue;
                }

                if (outcome == Outcome.Unknown)
                {
                    inputs.Add(new MissingInput(criterion.Id, criterion.Explain(check).Actual));
                }
                else if (kind == DistanceKind.Changes)
                {
                    changes.Add(new RequiredChange(criterion.Id, ChangeKind.MeetPackCriterion, criterion.Id, null, null, null, null, null,
                        $"规则包标准“{criterion.NameZh}”（{criterion.Id}）未达标：需满足该标准（本库无法量化差距）。",
                        $"Rule pack criterion \"{criterion.NameEn}\" ({criterion.Id}) is not met: it must be met (the library cannot quantify what it lacks)."));
                }
            }
        }

        return new ExitDistance(assessment.HouseholdId, kind, kind == DistanceKind.Changes ? changes.AsReadOnly() : [], inputs.AsReadOnly());
    }

    private static void AddChanges(string id, HouseholdFact fact, List<RequiredChange> changes)
    {
        var household = fact.Household;
        switch (id)
        {
            case IncomeAboveLineRule.Id:
                IncomeChanges(fact, changes);
                break;
            case CompulsoryEducationRule.Id:
                for (var i = 0; i < household.Members.Count; i++)
                {
                    if (CompulsoryEducationRule.Judge(household.Members[i], fact.Parameters) == Verdict.NotMet)
                    {
                        changes.Add(new RequiredChange(id, ChangeKind.ReturnToSchool, $"Members[{i}].Schooling", null, i, null, null, null,
                            $"成员[{i}]因贫辍学：需返校就读（义务教育有保障）。",
                            $"Members[{i}] is out of school because of poverty: the child must return to school (compulsory education guaranteed)."));
                    }
                }

                break;
            case MedicalInsuranceRule.Id:
                for (var i = 0; i < household.Members.Count; i++)
                {
                    if (MedicalInsuranceRule.Judge(household.Members[i]) == Verdict.NotMet)
                    {
                        changes.Add(new RequiredChange(id, ChangeKind.EnrolInMedicalInsurance, $"Members[{i}].MedicalInsuranceEnrolled", null, i, null, null, null,
                            $"成员[{i}]未参加基本医疗保险：需参保（基本医疗有保障）。",
                            $"Members[{i}] is eligible and not enrolled: the member must be enrolled in basic medical insurance."));
                    }
                }

                break;
            case SafeHousingRule.Id:
                changes.Add(new RequiredChange(id, ChangeKind.MakeHousingSafe, "Dwelling", null, null, null, null, null,
                    $"住房为{fact.Dwelling.Grade}级危房：需改造至A或B级，或易地扶贫搬迁（住房安全有保障）。",
                    $"The dwelling is graded {fact.Dwelling.Grade}: it must be repaired to grade A or B, or the household resettled."));
                break;
            case SafeDrinkingWaterRule.Id:
                changes.Add(new RequiredChange(id, ChangeKind.ProvideSafeWater, nameof(Model.Household.SafeDrinkingWater), null, null, null, null, null,
                    "饮水不安全：需解决安全饮水（饮水安全有保障）。",
                    "Drinking water is not safe: safe drinking water must be provided."));
                break;
            case FoodAndClothingRule.Id:
                changes.Add(new RequiredChange(id, ChangeKind.SecureFoodAndClothing, nameof(Model.Household.FoodAndClothingSecure), null, null, null, null, null,
                    "吃穿未达不愁：需保障吃穿（不愁吃、不愁穿）。",
                    "Food and clothing are not secure: they must be made secure."));
                break;
        }
    }

    /// <summary>
    /// Per failing test year, the least whole number of yuan per person of income other than transfers that makes the
    /// year pass: strictly above the line under the rule's own comparison, and, under a cap, with the counted
    /// transfers at most the capped share of the tested income. Added income raises the tested income and leaves the
    /// transfers as they are.
    /// </summary>
    private static void IncomeChanges(HouseholdFact fact, List<RequiredChange> changes)
    {
        var p = fact.Parameters;
        var measureField = p.Measure == IncomeMeasure.Disposable ? nameof(AnnualIncome.PerCapitaDisposable) : nameof(AnnualIncome.PerCapitaNet);
        for (var i = 0; i < p.TestYears.Length; i++)
        {
            var year = p.TestYears[i];
            var income = fact.Household.IncomeFor(year);
            if (income is null || IncomeAboveLineRule.TestedIncome(income, p) is not { } tested)
            {
                continue;
            }

            var line = p.Lines[i];
            Threshold? cap = p.MaxTransferShare is { } share ? new Threshold(share, PassingSide.AtMost) : null;
            // Transfers not recorded under a cap leave the cap undecided: it is listed as an input, the line still asks its change.
            var transfers = cap is null ? null : IncomeAboveLineRule.CountedTransfers(income, p);
            bool CapPasses(decimal total) => cap is not { } c || transfers is not { } t || c.Passes(t, total);
            if (line.Passes(tested) && CapPasses(tested))
            {
                continue;
            }

            var field = $"Income[{year.ToString(CultureInfo.InvariantCulture)}].{measureField}";
            var capReachable = cap is not { } limit || transfers is not > 0m || limit.Value > 0m;
            var lacking = DistanceSearch.LeastYuan(tested, v => line.Passes(v) && (!capReachable || CapPasses(v)), line.Value - tested);
            if (lacking > 0m)
            {
                changes.Add(new RequiredChange(IncomeAboveLineRule.Id, ChangeKind.RaiseIncome, field, year, null, tested, tested + lacking, lacking,
                    c => (
                        $"{c.Year}年人均收入{Formats.Yuan(c.Current!.Value)}：需增加{Formats.Yuan(c.Amount!.Value)}（非转移性收入）至{Formats.Yuan(c.Required!.Value)}（要求：{line.Describe(Formats.Yuan)}{CapText(p)}）。",
                        $"{c.Year}: per-capita income {Formats.Yuan(c.Current!.Value)} lacks {Formats.Yuan(c.Amount!.Value)} of income other than transfers, to {Formats.Yuan(c.Required!.Value)} (required: {line.Describe(Formats.Yuan)}{CapText(p)}).")));
            }

            if (!capReachable)
            {
                var counted = transfers!.Value;
                changes.Add(new RequiredChange(IncomeAboveLineRule.Id, ChangeKind.ReduceTransfers, $"Income[{year.ToString(CultureInfo.InvariantCulture)}].{nameof(AnnualIncome.Transfers)}", year, null, counted, 0m, counted,
                    $"{year}年计入的转移性收入{Formats.Yuan(counted)}：上限为0，需减至0。",
                    $"{year}: counted transfers {Formats.Yuan(counted)} must fall to 0 (the profile caps their share at 0)."));
            }
        }
    }

    private static string CapText(HouseholdParameters p) =>
        p.MaxTransferShare is { } cap ? $"; transfers ≤ {(cap * 100).ToString("0.#", CultureInfo.InvariantCulture)}%" : string.Empty;

    /// <summary>
    /// The change a procedure step not done or not recorded asks. It depends only on the step, whether it is recorded
    /// and the notice period, so each is made once and shared (a change is immutable): a bulk writer asks it of most
    /// households.
    /// </summary>
    private static RequiredChange Step(Criterion<HouseholdFact> criterion, HouseholdFact fact)
    {
        var id = criterion.Id;
        var procedure = fact.Procedure;
        var (field, detail) = id switch
        {
            AppraisalStepRule.Id => ("ExitProcedure.AppraisalHeld", procedure.AppraisalHeld),
            VerificationStepRule.Id => ("ExitProcedure.Verified", procedure.Verified),
            ConsentStepRule.Id => ("ExitProcedure.HouseholdConsented", procedure.HouseholdConsented),
            AnnouncementStepRule.Id => ("ExitProcedure.Announced", procedure.Announced),
            _ => ("ExitProcedure.NoticeDays, ExitProcedure.UnresolvedObjections", (bool?)null),
        };
        var key = (id, detail is null, id == PublicNoticeStepRule.Id ? fact.Parameters.MinimumNoticeDays : -1);
        return StepChanges.TryGetValue(key, out var change) ? change : StepChanges.GetOrAdd(key, NewStep(criterion, field, key.Item2, key.Item3));
    }

    private static RequiredChange NewStep(Criterion<HouseholdFact> criterion, string field, bool notRecorded, int notice)
    {
        var state = notice >= 0
            ? $"notice ≥ {notice.ToString(CultureInfo.InvariantCulture)} days without unresolved objection"
            : notRecorded ? "not recorded" : "not done";
        return new RequiredChange(criterion.Id, ChangeKind.CompleteProcedureStep, field, null, null, null, null, null,
            $"退出程序“{criterion.NameZh}”（{criterion.Id}）未完成或未记录：需完成并记录。",
            $"Procedure step \"{criterion.NameEn}\" ({criterion.Id}) must be completed and recorded ({state}).");
    }

    private static void AddInputs(Criterion<HouseholdFact> criterion, bool notMet, HouseholdFact fact, List<MissingInput> inputs)
    {
        var household = fact.Household;
        var p = fact.Parameters;
        var before = inputs.Count;
        var id = criterion.Id;
        // By the criterion's place in the catalogue, not its id: a bulk writer asks this about ten times a household.
        switch (InputParts[criterion.Index])
        {
            case InputPart.Income:
                foreach (var year in p.TestYears)
                {
                    if (household.IncomeFor(year) is not { } income)
                    {
                        inputs.Add(new MissingInput(id, $"Income[{year.ToString(CultureInfo.InvariantCulture)}]"));
                        continue;
                    }

                    var measure = p.Measure == IncomeMeasure.Disposable ? income.PerCapitaDisposable : income.PerCapitaNet;
                    if (measure is null)
                    {
                        AddItem(id, year, p.Measure == IncomeMeasure.Disposable ? nameof(AnnualIncome.PerCapitaDisposable) : nameof(AnnualIncome.PerCapitaNet), inputs);
                    }

                    AddMissingItems(id, year, income, p, inputs);
                }

                break;
            case InputPart.Education:
                for (var i = 0; i < household.Members.Count; i++)
                {
                    var member = household.Members[i];
                    if (CompulsoryEducationRule.Judge(member, p) != Verdict.Unknown)
                    {
                        continue;
                    }

                    inputs.Add((p.OfCompulsorySchoolAge(member) is null ? BirthDates : member.Schooling is null ? Schooling : OutOfSchoolReasons).At(i));
                }

                break;
            case InputPart.Insurance:
                for (var i = 0; i < household.Members.Count; i++)
                {
                    var member = household.Members[i];
                    if (MedicalInsuranceRule.Judge(member) == Verdict.Unknown)
                    {
                        inputs.Add((member.MedicalInsuranceEligible is null ? InsuranceEligibility : InsuranceEnrolment).At(i));
                    }
                }

                break;
            case InputPart.Housing:
                if (!notMet)
                {
                    if (fact.Dwelling.Grade is null)
                    {
                        inputs.Add(DwellingGrade);
                    }

                    if (fact.Dwelling.Resettled is null)
                    {
                        inputs.Add(DwellingResettled);
                    }
                }

                break;
            case InputPart.Water:
                if (household.SafeDrinkingWater is null)
                {
                    inputs.Add(DrinkingWater);
                }

                break;
            case InputPart.FoodAndClothing:
                if (household.FoodAndClothingSecure is null)
                {
                    inputs.Add(FoodAndClothing);
                }

                break;
            case InputPart.Payroll:
                for (var i = 0; i < household.Members.Count; i++)
                {
                    var member = household.Members[i];
                    if (member.OnGovernmentPayroll == true)
                    {
                        continue;
                    }

                    if (member.OnGovernmentPayroll is null)
                    {
                        inputs.Add(Payroll.At(i));
                    }

                    if (p.CadresExcluded && member.VillageCadre is null)
                    {
                        inputs.Add(Cadres.At(i));
                    }
                }

                if (p.CadresExcluded && p.CadreWithMajorCauseExempt && household.MajorPovertyCauseDocumented is null && household.Members.Any(m => m.VillageCadre == true))
                {
                    inputs.Add(MajorCause);
                }

                break;
            case InputPart.Business when household.RegisteredBusiness is null:
                inputs.Add(Business);
                break;
            case InputPart.OwnedHousing when household.OwnedHousing is null:
                inputs.Add(OwnedHousing);
                break;
            case InputPart.Vehicles when household.Vehicles is null:
                inputs.Add(Vehicles);
                break;
            default:
                if (!notMet)
                {
                    inputs.Add(new MissingInput(id, ActualOf(fact, id)));
                }

                break;
        }

        if (inputs.Count == before && !notMet)
        {
            inputs.Add(new MissingInput(id, ActualOf(fact, id)));
        }
    }

    /// <summary>The excluded transfer items and (under a cap) the transfers a year needs and does not record.</summary>
    private static void AddMissingItems(string id, int year, AnnualIncome income, HouseholdParameters p, List<MissingInput> inputs)
    {
        if ((p.ExcludedTransfers & TransferExclusions.Pension) != 0 && income.Pension is null)
        {
            AddItem(id, year, nameof(AnnualIncome.Pension), inputs);
        }

        if ((p.ExcludedTransfers & TransferExclusions.MinimumLivingAllowance) != 0 && income.MinimumLivingAllowance is null)
        {
            AddItem(id, year, nameof(AnnualIncome.MinimumLivingAllowance), inputs);
        }

        if ((p.ExcludedTransfers & TransferExclusions.OneOffRelief) != 0 && income.OneOffRelief is null)
        {
            AddItem(id, year, nameof(AnnualIncome.OneOffRelief), inputs);
        }

        if (p.MaxTransferShare is not null && income.Transfers is null)
        {
            AddItem(id, year, nameof(AnnualIncome.Transfers), inputs);
        }
    }

    private static void AddItem(string id, int year, string item, List<MissingInput> inputs) =>
        inputs.Add(new MissingInput(id, $"Income[{year.ToString(CultureInfo.InvariantCulture)}].{item}"));

    private static InputPart PartOf(string id) => id switch
    {
        IncomeAboveLineRule.Id => InputPart.Income,
        CompulsoryEducationRule.Id => InputPart.Education,
        MedicalInsuranceRule.Id => InputPart.Insurance,
        SafeHousingRule.Id => InputPart.Housing,
        SafeDrinkingWaterRule.Id => InputPart.Water,
        FoodAndClothingRule.Id => InputPart.FoodAndClothing,
        Rules.Exclusion.GovernmentPayrollRule.Id => InputPart.Payroll,
        Rules.Exclusion.RegisteredBusinessRule.Id => InputPart.Business,
        Rules.Exclusion.CommercialHousingRule.Id => InputPart.OwnedHousing,
        Rules.Exclusion.CarOwnershipRule.Id => InputPart.Vehicles,
        _ => InputPart.Other,
    };

    /// <summary>What the national criterion's finding says is missing, the criterion explaining itself alone (a bulk writer does not pay for every finding).</summary>
    private static string ActualOf(HouseholdFact fact, string id) =>
        HouseholdCriteria.All.First(c => c.Id == id).ToFinding(fact, Verdict.Unknown).Actual;
}
