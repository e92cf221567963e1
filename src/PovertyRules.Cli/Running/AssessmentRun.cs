using System.Diagnostics;
using PovertyRules.Assessment;
using PovertyRules.Cli.Reporting;
using PovertyRules.Data;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.RollUp;

namespace PovertyRules.Cli.Running;

/// <summary>
/// One run over every level: households streamed from the source through the household rules, written to the
/// household results file and counted as they pass, rolled up into their villages and counties, which are assessed
/// and written in turn. Nothing is held per household; a cancelled run ends after the households already read.
/// </summary>
internal static class AssessmentRun
{
    public static RunReport Run(string command, HouseholdInput input, PolicyProfile profile, OutputOptions output, RunContext context)
    {
        Directory.CreateDirectory(output.Directory);
        var engine = new PovertyRulesEngine();
        var clock = Stopwatch.StartNew();
        var tap = new HouseholdTap();
        var complete = false;
        var householdsPath = output.PathOf("households" + output.Extension);
        var villagesPath = output.PathOf("villages" + output.Extension);
        var countiesPath = output.PathOf("counties" + output.Extension);

        long householdRows, villageRows = 0, countyRows = 0, villageResults = 0, countyResults = 0;
        HierarchyAssessment hierarchy;
        // Under a profile with a monitoring line each household is also classified for relapse monitoring as it is
        // read; its record is not kept, only the counts.
        var monitored = profile.MonitoringLine.Value is null ? null : new List<Household?>(512);
        var monitoringParts = new List<MonitoringRollUp>();
        using (var writer = AssessmentWriter.Create(householdsPath, output.WriterOptions))
        {
            hierarchy = ProgressView.Run(context.ShowProgress, context.Text["assessing"], context.Text["rate"], input.Expected, progress =>
            {
                var households = Interruptible.Until(input.Households, context.Cancellation, progress, done => complete = done);
                if (monitored is not null)
                {
                    households = Monitored(households, monitored, batch => monitoringParts.Add(engine.MonitorHierarchy(batch, profile)));
                }

                var assessed = engine.AssessMany(households, profile);
                if (input.Roster is not null)
                {
                    assessed = input.Roster.Track(assessed);
                }

                return engine.AssessHierarchy(tap.Tap(writer.WriteAll(assessed)), input.Villages, input.Counties, profile);
            });
            householdRows = writer.RowsWritten;
        }

        using (var writer = AssessmentWriter.Create(villagesPath, output.WriterOptions))
        {
            foreach (var village in hierarchy.Counties.SelectMany(c => c.Villages).Concat(hierarchy.RejectedVillages))
            {
                writer.Write(village);
                villageResults++;
            }

            villageRows = writer.RowsWritten;
        }

        using (var writer = AssessmentWriter.Create(countiesPath, output.WriterOptions))
        {
            foreach (var county in hierarchy.Counties.Where(c => c.Assessment is not null).Select(c => c.Assessment!).Concat(hierarchy.RejectedCounties))
            {
                writer.Write(county);
                countyResults++;
            }

            countyRows = writer.RowsWritten;
        }

        clock.Stop();
        var summary = input.Roster?.Summary;
        var counts = new RunCounts
        {
            HouseholdsRead = hierarchy.HouseholdsRead,
            HouseholdResults = tap.Households,
            PersonsAssessed = tap.Persons,
            InvalidHouseholds = tap.RecordsWith(HouseholdStatus.InvalidInput),
            VillagesRead = hierarchy.VillagesRead,
            CountiesRead = hierarchy.CountiesRead,
            VillageResults = villageResults,
            CountyResults = countyResults,
            CountiesWithoutDescriptor = hierarchy.Counties.Count(c => c.Assessment is null),
            RepeatedHouseholds = hierarchy.Repeated.Households,
            UnattributedHouseholds = hierarchy.Unattributed.Households,
            UnmatchedSupplementRows = complete ? summary?.UnmatchedSupplementRows ?? 0 : 0,
        };

        IReadOnlyList<RunReport.OutputFile> files =
        [
            new("households", householdsPath, householdRows),
            new("villages", villagesPath, villageRows),
            new("counties", countiesPath, countyRows),
            new("summary", output.PathOf("summary.json"), 1),
            new("report", output.PathOf("report.html"), 1),
        ];
        var report = ReportBuilder.Build(command, input.Description, profile, engine, tap, hierarchy, counts, !complete, clock.Elapsed.TotalSeconds,
            context.Clock.GetLocalNow(), files);
        return monitored is null ? report : report with { Monitoring = Sum(monitoringParts) };
    }

    /// <summary>Passes the households on unchanged, handing them to <paramref name="classify"/> in batches as they are read.</summary>
    private static IEnumerable<Household> Monitored(IEnumerable<Household> households, List<Household?> batch, Action<List<Household?>> classify)
    {
        foreach (var household in households)
        {
            batch.Add(household);
            if (batch.Count == 512)
            {
                classify(batch);
                batch.Clear();
            }

            yield return household;
        }

        classify(batch);
        batch.Clear();
    }

    private static MonitoringSummary Sum(List<MonitoringRollUp> parts)
    {
        long Total(Func<MonitoringCount, long> of) => parts.Sum(p => of(p.Total));
        var monitored = Total(c => c.MonitoredPeople);
        var registered = Total(c => c.RegisteredPeople);
        return new MonitoringSummary(
            Total(c => c.Households), Total(c => c.AtRisk), Total(c => c.NotAtRisk), Total(c => c.Undetermined), Total(c => c.InvalidInput),
            Total(c => c.UnstableExited), Total(c => c.MarginalAtRisk), Total(c => c.SuddenHardship), Total(c => c.RiskEliminated),
            monitored, registered, registered > 0 ? decimal.Round((decimal)monitored / registered, 4) : null);
    }
}
