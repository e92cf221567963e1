using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Rules;
using PovertyRules.Rules.County;

namespace PovertyRules.Distance;

/// <summary>
/// A county's distance to de-capping: for each third-party rate that fails, how many sampled cases the rate allows
/// against the number found; the remaining poor people who must exit for the incidence to pass (worked out on the
/// sample as the rate changes leave it, and with those people counted as exited, so that a comprehensive incidence is
/// computed as the rule computes it); the rural income lacking; the procedure steps to complete.
/// </summary>
internal static class CountyDistance
{
    public static ExitDistance Of(CountyAssessment assessment)
    {
        if (assessment.Fact is not { } fact)
        {
            return new ExitDistance(assessment.Code, DistanceKind.InvalidInput, [], []);
        }

        var kind = assessment.Status switch
        {
            CountyStatus.MayExit => DistanceKind.Reached,
            CountyStatus.Undetermined => DistanceKind.InputsToCollect,
            _ => DistanceKind.Changes,
        };
        if (kind == DistanceKind.Reached)
        {
            return new ExitDistance(assessment.Code, kind, [], []);
        }

        var failed = assessment.FailedCriteria;
        var changes = new List<RequiredChange>();
        var inputs = new List<MissingInput>();
        var county = fact.County;
        var sample = county.Evaluation;
        var rates = new List<RequiredChange>();
        if (failed.Contains(WrongExitRateRule.Id))
        {
            rates.Add(Rate(WrongExitRateRule.Criterion, "Evaluation.WronglyExitedPeople", sample!.WronglyExitedPeople!.Value, sample.ExitedPeopleSampled!.Value, fact.Parameters.WrongExitThreshold));
            sample = rates[^1].Required is { } allowed ? sample with { WronglyExitedPeople = (int)allowed } : sample;
        }

        if (failed.Contains(OmissionRateRule.Id))
        {
            rates.Add(Rate(OmissionRateRule.Criterion, "Evaluation.OmittedPoorPeople", sample!.OmittedPoorPeople!.Value, sample.NonRegisteredPeopleSampled!.Value, fact.Parameters.OmissionThreshold));
            sample = rates[^1].Required is { } allowed ? sample with { OmittedPoorPeople = (int)allowed } : sample;
        }

        if (failed.Contains(PublicApprovalRule.Id))
        {
            rates.Add(Rate(PublicApprovalRule.Criterion, "Evaluation.HouseholdsApproving", sample!.HouseholdsApproving!.Value, sample.HouseholdsSurveyed!.Value, fact.Parameters.ApprovalThreshold));
        }

        // The people the incidence change already takes out: the register gate, after it in the catalog, asks only for more.
        var exiting = 0;
        foreach (var criterion in CountyCriteria.Catalog.All)
        {
            var notMet = failed.Contains(criterion.Id);
            if (!notMet && !assessment.UnknownCriteria.Contains(criterion.Id))
            {
                continue;
            }

            if (criterion.Kind == CriterionKind.ProcedureStep)
            {
                if (kind == DistanceKind.Changes)
                {
                    changes.Add(LevelDistance.Step(criterion, LevelDistance.FieldOf(criterion, "Procedure") ?? criterion.Id));
                }

                continue;
            }

            if (!notMet)
            {
                inputs.Add(LevelDistance.FromFinding(assessment.Findings, criterion.Id));
                continue;
            }

            switch (criterion.Id)
            {
                case CountyIncidenceRule.Id:
                    // With a comprehensive incidence, the rate changes may be enough on their own: then no one else need exit.
                    if (Incidence(criterion, fact, county with { Evaluation = sample }) is { Amount: not 0m } people)
                    {
                        changes.Add(people);
                        exiting = people.Amount is { } k ? (int)k : 0;
                    }

                    if (fact.UnassessedHouseholds > 0)
                    {
                        inputs.Add(LevelDistance.Unassessed(criterion.Id, fact.UnassessedHouseholds));
                    }

                    // A plain incidence that fails decides a comprehensive one; once it passes, the comprehensive one needs its inputs.
                    if (fact.Parameters.Comprehensive && fact.ComprehensiveIncidence is null)
                    {
                        inputs.Add(new MissingInput(criterion.Id, "ExitedPeople and the sample's wrong-exit and omission counts (the comprehensive incidence)"));
                    }

                    break;
                case RegisterIncidenceGateRule.Id:
                    if (RegisterIncidence(criterion, fact, county, exiting) is { Amount: not 0m } more)
                    {
                        changes.Add(more);
                    }

                    if (fact.UnassessedHouseholds > 0)
                    {
                        inputs.Add(LevelDistance.Unassessed(criterion.Id, fact.UnassessedHouseholds));
                    }

                    break;
                case RuralIncomeRule.Id:
                    changes.Add(LevelDistance.Amount(criterion, nameof(Model.County.RuralPerCapitaIncome), county.RuralPerCapitaIncome, fact.Parameters.MinimumRuralIncome)!);
                    break;
                default:
                    changes.Add(rates.Single(r => r.RuleId == criterion.Id));
                    break;
            }
        }

        return new ExitDistance(assessment.Code, kind, kind == DistanceKind.Changes ? changes.AsReadOnly() : [], inputs.AsReadOnly());
    }

    private static RequiredChange Rate(Criterion<CountyFact> criterion, string field, int found, int sampled, Threshold threshold)
    {
        var nearest = DistanceSearch.NearestPassingCount(threshold, found, sampled);
        var lower = threshold.IsUpperBound;
        var kind = lower ? ChangeKind.ReduceSampledCases : ChangeKind.RaiseSampledApproval;
        var required = $"{threshold.Describe(Formats.Percent)} of {sampled}";
        if (nearest is not { } allowed)
        {
            return new RequiredChange(criterion.Id, kind, field, null, null, found, null, null,
                $"{criterion.NameZh}（{criterion.Id}）：抽样{sampled}中任何个数都达不到{threshold.Describe(Formats.Percent)}。",
                $"{criterion.NameEn} ({criterion.Id}): no count out of {sampled} sampled passes {required}.");
        }

        var amount = Math.Abs(found - allowed);
        return lower
            ? new RequiredChange(criterion.Id, kind, field, null, null, found, allowed, amount,
                $"{criterion.NameZh}（{criterion.Id}）：抽样{sampled}中发现{found}例，该比率至多允许{allowed}例（多{amount}例；要求：{threshold.Describe(Formats.Percent)}）。",
                $"{criterion.NameEn} ({criterion.Id}): {found} found in {sampled} sampled; the rate allows at most {allowed} ({amount} too many; required: {threshold.Describe(Formats.Percent)}).")
            : new RequiredChange(criterion.Id, kind, field, null, null, found, allowed, amount,
                $"{criterion.NameZh}（{criterion.Id}）：{sampled}户中{found}户认可，至少需{allowed}户（差{amount}户；要求：{threshold.Describe(Formats.Percent)}）。",
                $"{criterion.NameEn} ({criterion.Id}): {found} of {sampled} surveyed households approve; the rate needs at least {allowed} ({amount} more; required: {threshold.Describe(Formats.Percent)}).");
    }

    /// <summary>
    /// The least number of remaining poor people who must exit, beyond the <paramref name="exiting"/> the incidence change
    /// already takes out, for the register's own incidence to pass the profile's gate.
    /// </summary>
    private static RequiredChange? RegisterIncidence(Criterion<CountyFact> criterion, CountyFact fact, County county, int exiting)
    {
        var remaining = county.RemainingPoorPeople!.Value - exiting;
        var population = county.RuralPopulation!.Value;
        var gate = fact.Parameters.RegisterIncidenceGate!.Value;
        if (gate.Passes(remaining, population))
        {
            return null;
        }

        return LevelDistance.RemovePeople(criterion.Id, criterion.NameZh, criterion.NameEn, remaining, DistanceSearch.LeastCount(remaining, k => gate.Passes(remaining - k, population)), gate);
    }

    /// <summary>The least number of remaining poor people who must exit, found with the county fact's own tested incidence.</summary>
    private static RequiredChange Incidence(Criterion<CountyFact> criterion, CountyFact fact, County county)
    {
        var remaining = county.RemainingPoorPeople!.Value;
        var threshold = fact.IncidenceThreshold;
        bool Passes(int k)
        {
            var moved = new CountyFact(
                county with { RemainingPoorPeople = remaining - k, ExitedPeople = county.ExitedPeople + k }, fact.UnassessedHouseholds, fact.Parameters);
            return moved.TestedIncidence is { Numerator: { } n, Denominator: > 0 and var d } && threshold.Passes(n, d);
        }

        return LevelDistance.RemovePeople(criterion.Id, criterion.NameZh, criterion.NameEn, remaining, DistanceSearch.LeastCount(remaining, Passes), threshold);
    }
}
