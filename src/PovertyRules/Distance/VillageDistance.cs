using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Rules.Village;

namespace PovertyRules.Distance;

/// <summary>
/// A village's distance to delisting: the remaining poor people who must exit for the incidence to pass (the rule's
/// comparison and region), the facilities missing, the collective income lacking, the procedure steps to complete.
/// </summary>
internal static class VillageDistance
{
    public static ExitDistance Of(VillageAssessment assessment)
    {
        if (assessment.Fact is not { } fact)
        {
            return new ExitDistance(assessment.Code, DistanceKind.InvalidInput, [], []);
        }

        var kind = assessment.Status switch
        {
            VillageStatus.MayDelist => DistanceKind.Reached,
            VillageStatus.Undetermined => DistanceKind.InputsToCollect,
            _ => DistanceKind.Changes,
        };
        if (kind == DistanceKind.Reached)
        {
            return new ExitDistance(assessment.Code, kind, [], []);
        }

        var changes = new List<RequiredChange>();
        var inputs = new List<MissingInput>();
        var village = fact.Village;
        foreach (var criterion in VillageCriteria.Catalog.All)
        {
            var notMet = assessment.FailedCriteria.Contains(criterion.Id);
            if (!notMet && !assessment.UnknownCriteria.Contains(criterion.Id))
            {
                continue;
            }

            if (criterion.Kind == CriterionKind.ProcedureStep)
            {
                if (kind == DistanceKind.Changes)
                {
                    changes.Add(LevelDistance.Step(criterion, LevelDistance.FieldOf(criterion, "Procedure") ?? "Procedure.NoticeHeld, Procedure.UnresolvedObjections"));
                }

                continue;
            }

            if (!notMet)
            {
                inputs.Add(LevelDistance.FromFinding(assessment.Findings, criterion.Id));
                continue;
            }

            if (criterion.Id == VillageIncidenceRule.Id)
            {
                var remaining = village.RemainingPoorPeople!.Value;
                var population = village.RuralPopulation!.Value;
                var threshold = fact.IncidenceThreshold;
                var k = DistanceSearch.LeastCount(remaining, k => threshold.Passes(remaining - k, population));
                changes.Add(LevelDistance.RemovePeople(criterion.Id, criterion.NameZh, criterion.NameEn, remaining, k, threshold));
                if (fact.UnassessedHouseholds > 0)
                {
                    inputs.Add(LevelDistance.Unassessed(criterion.Id, fact.UnassessedHouseholds));
                }
            }
            else if (criterion.Id == CollectiveIncomeRule.Id)
            {
                changes.Add(LevelDistance.Amount(criterion, nameof(Model.Village.CollectiveIncome), village.CollectiveIncome, fact.Parameters.MinimumCollectiveIncome)!);
            }
            else
            {
                changes.Add(LevelDistance.Facility(criterion, LevelDistance.FieldOf(criterion, null) ?? criterion.Id));
            }
        }

        return new ExitDistance(assessment.Code, kind, kind == DistanceKind.Changes ? changes.AsReadOnly() : [], inputs.AsReadOnly());
    }
}
