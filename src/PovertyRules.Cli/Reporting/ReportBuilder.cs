using PovertyRules.Assessment;
using PovertyRules.Distance;
using PovertyRules.Cli.Running;
using PovertyRules.Policy;
using PovertyRules.RollUp;
using PovertyRules.Rules;

namespace PovertyRules.Cli.Reporting;

/// <summary>Builds a run's <see cref="RunReport"/> from the household counts and the roll-up of every level.</summary>
internal static class ReportBuilder
{
    /// <summary>How many failing criteria of each level the summary lists.</summary>
    public const int TopCriteria = 10;

    public static ProfileReceipt Receipt(PolicyProfile profile, Receipt? receipt, IReadOnlyList<string> assumptions) =>
        new(profile.Id, profile.Name, profile.Year, receipt?.ParameterHash ?? "-", receipt?.RuleSetVersion ?? "-", assumptions,
            [.. ProfileReport.Entries(profile).Where(e => !e.Verified).Select(e => e.Name)]);

    public static RunReport Build(
        string command, string source, PolicyProfile profile, PovertyRulesEngine engine, HouseholdTap tap, HierarchyAssessment hierarchy,
        RunCounts counts, bool partial, double seconds, DateTimeOffset now, IReadOnlyList<RunReport.OutputFile> files)
    {
        var villages = hierarchy.Counties.SelectMany(c => c.Villages).Concat(hierarchy.RejectedVillages).ToList();
        var counties = hierarchy.Counties.Where(c => c.Assessment is not null).Select(c => c.Assessment!).Concat(hierarchy.RejectedCounties).ToList();
        var receipt = tap.FirstReceipt ?? villages.FirstOrDefault()?.Receipt ?? counties.FirstOrDefault()?.Receipt;

        var statuses = new List<RunReport.StatusCount>();
        foreach (var status in Enum.GetValues<HouseholdStatus>())
        {
            statuses.Add(new(Levels.Household, status.ToString(), tap.RecordsWith(status), tap.PeopleWith(status)));
        }

        foreach (var status in Enum.GetValues<VillageStatus>())
        {
            var of = villages.Where(v => v.Status == status).ToList();
            statuses.Add(new(Levels.Village, status.ToString(), of.Count, of.Sum(v => (long)(v.Households?.People ?? 0))));
        }

        foreach (var status in Enum.GetValues<CountyStatus>())
        {
            var of = counties.Where(c => c.Status == status).ToList();
            statuses.Add(new(Levels.County, status.ToString(), of.Count, of.Sum(c => (long)(c.Households?.People ?? 0))));
        }

        var undescribed = hierarchy.Counties.Where(c => c.Assessment is null).ToList();
        if (undescribed.Count > 0)
        {
            statuses.Add(new(Levels.County, Levels.NoDescriptor, undescribed.Count, undescribed.Sum(c => (long)c.Households.People)));
        }

        var clauses = engine.Rules.Concat(engine.VillageRules).Concat(engine.CountyRules)
            .GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Description, StringComparer.Ordinal);
        string Clause(string id) => clauses.GetValueOrDefault(id) ?? id;

        var failing = tap.Failed.Select(f => new RunReport.CriterionCount(Levels.Household, f.Id, f.Count, Clause(f.Id), f.Parameter))
            .OrderByDescending(c => c.Records).ThenBy(c => c.Id, StringComparer.Ordinal).Take(TopCriteria)
            .Concat(LevelFailures(Levels.Village, villages.Where(v => !v.IsInvalidInput).Select(v => (v.FailedCriteria, v.Findings)), Clause))
            .Concat(LevelFailures(Levels.County, counties.Where(c => !c.IsInvalidInput).Select(c => (c.FailedCriteria, c.Findings)), Clause))
            .ToList();

        var invalid = tap.Invalid.Select(i => new RunReport.InvalidReason(Levels.Household, i.Field, i.Count, i.Example))
            .OrderByDescending(i => i.Records).ThenBy(i => i.Field, StringComparer.Ordinal)
            .Concat(LevelInvalid(Levels.Village, villages.Where(v => v.IsInvalidInput).Select(v => v.Errors)))
            .Concat(LevelInvalid(Levels.County, counties.Where(c => c.IsInvalidInput).Select(c => c.Errors)))
            .ToList();

        return new RunReport
        {
            Command = command,
            Source = source,
            Profile = Receipt(profile, receipt, tap.Assumptions),
            GeneratedAt = now,
            Partial = partial,
            Seconds = Math.Round(seconds, 2),
            Counts = counts,
            Statuses = statuses,
            FailingCriteria = failing,
            CountiesMayExit = [.. counties.Where(c => c.Status == CountyStatus.MayExit).Select(c => c.Code ?? string.Empty).Order(StringComparer.Ordinal)],
            InvalidRecords = invalid,
            Files = files,
            Counties = [.. hierarchy.Counties.Select(CountyRowOf).OrderBy(c => c.Code, StringComparer.Ordinal)],
            HouseholdChanges = [.. tap.Changes.Select(c => new RunReport.ChangeCount(c.Kind.ToString(), c.Households, c.People, c.Kind == ChangeKind.RaiseIncome ? c.Yuan : null))],
        };
    }

    private static IEnumerable<RunReport.CriterionCount> LevelFailures(
        string level, IEnumerable<(IReadOnlyList<string> Failed, IReadOnlyList<Finding> Findings)> assessments, Func<string, string> clause)
    {
        var counts = new Dictionary<string, (long Count, string? Parameter)>(StringComparer.Ordinal);
        foreach (var (failed, findings) in assessments)
        {
            foreach (var id in failed)
            {
                counts[id] = counts.TryGetValue(id, out var seen)
                    ? (seen.Count + 1, seen.Parameter)
                    : (1, findings.FirstOrDefault(f => f.RuleId == id && f.Outcome == Outcome.NotMet)?.Parameter);
            }
        }

        return counts.Select(c => new RunReport.CriterionCount(level, c.Key, c.Value.Count, clause(c.Key), c.Value.Parameter))
            .OrderByDescending(c => c.Records).ThenBy(c => c.Id, StringComparer.Ordinal).Take(TopCriteria);
    }

    private static IEnumerable<RunReport.InvalidReason> LevelInvalid(string level, IEnumerable<IReadOnlyList<InputError>> errors) =>
        errors.SelectMany(e => e.Select(x => (Field: HouseholdTap.Fold(x.Field), x.Reason)).DistinctBy(x => x.Field))
            .GroupBy(e => e.Field, StringComparer.Ordinal)
            .Select(g => new RunReport.InvalidReason(level, g.Key, g.Count(), g.First().Reason))
            .OrderByDescending(i => i.Records).ThenBy(i => i.Field, StringComparer.Ordinal);

    private static RateRow? Rate(RateEstimate? r) =>
        r is null ? null : new RateRow(r.Name, r.Rate, r.Numerator, r.Denominator, r.Interval.Lower, r.Interval.Upper, r.Threshold, r.Side.ToString(), r.Passes, r.Robust);

    private static CountyRow CountyRowOf(CountyResult county)
    {
        var assessment = county.Assessment;
        var evaluation = assessment?.Evaluation;
        return new CountyRow
        {
            Code = county.Code,
            Name = assessment?.County?.Name,
            Status = assessment?.Status.ToString() ?? Levels.NoDescriptor,
            Households = county.Households.Households,
            People = county.Households.People,
            RemainingPoorPeople = county.Households.RemainingPoorPeople,
            RuralPopulation = assessment?.County?.RuralPopulation,
            Incidence = assessment?.Incidence,
            Threshold = assessment is null || assessment.IsInvalidInput ? null : assessment.IncidenceThreshold,
            Western = assessment?.Western ?? false,
            WrongExit = Rate(evaluation?.WrongExit),
            Omission = Rate(evaluation?.Omission),
            Approval = Rate(evaluation?.Approval),
            FailedCriteria = assessment?.FailedCriteria ?? [],
            UnknownCriteria = assessment?.UnknownCriteria ?? [],
            Villages = [.. county.Villages.Select(v => new VillageRow(
                v.Code ?? string.Empty, v.Village?.Name, v.Status.ToString(), v.Households?.Households ?? 0, v.Households?.RemainingPoorPeople ?? 0,
                v.Village?.RuralPopulation, v.Incidence, v.IncidenceThreshold, v.FailedCriteria, v.UnknownCriteria) { Distance = v.DistanceToExit().Summary })],
            Distance = assessment?.DistanceToExit().Summary,
            UndescribedVillages = county.UndescribedVillages.Count,
        };
    }
}
