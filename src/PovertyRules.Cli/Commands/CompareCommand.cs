using System.CommandLine;
using System.Diagnostics;
using PovertyRules.Assessment;
using PovertyRules.Cli.Inputs;
using PovertyRules.Cli.Reporting;
using PovertyRules.Cli.Running;
using PovertyRules.Comparison;
using PovertyRules.Policy;

namespace PovertyRules.Cli.Commands;

/// <summary><c>compare</c>: two profiles over the same data, in one pass: the impact report as files and in the HTML report.</summary>
internal static class CompareCommand
{
    public static Command Create(Func<ParseResult, RunContext> context)
    {
        var source = new CommonOptions.Source();
        var baseline = new Option<string>("--baseline") { Description = "The profile in force: built-in id or profile file", Required = true };
        var changed = new Option<string>("--changed") { Description = "The proposed profile: built-in id or profile/overlay file", Required = true };
        var output = CommonOptions.Out();
        var command = new Command("compare", "Assess the same households, villages and counties under two profiles and report what changes: " +
            "impact.json, impact.csv, changed-records.csv, summary.json and report.html.")
        {
            baseline, changed, output,
        };
        source.AddTo(command);
        command.SetAction(parse =>
        {
            var run = context(parse);
            var a = ProfileArgument.Resolve(parse.GetValue(baseline)!);
            var b = ProfileArgument.Resolve(parse.GetValue(changed)!);
            var options = new OutputOptions(parse.GetValue(output)!, Data.ResultFormat.Csv, Data.ResultLayout.OneRowPerRecord);
            using var input = HouseholdSource.Open(source.Read(parse), a);
            var report = Compare(input, a, b, options, run);
            return RunOutput.Finish(report, options, run);
        });
        return command;
    }

    private static RunReport Compare(HouseholdInput input, PolicyProfile baseline, PolicyProfile changed, OutputOptions output, RunContext context)
    {
        Directory.CreateDirectory(output.Directory);
        var engine = new PovertyRulesEngine();
        var clock = Stopwatch.StartNew();
        var complete = false;
        var impact = ProgressView.Run(context.ShowProgress, context.Text["comparing"], context.Text["rate"], input.Expected, progress =>
            new PolicyComparison(engine).Compare(
                Interruptible.Until(input.Households, context.Cancellation, progress, done => complete = done), input.Villages, input.Counties, baseline, changed));
        clock.Stop();

        var jsonPath = output.PathOf("impact.json");
        using (var stream = File.Create(jsonPath))
        {
            impact.WriteJson(stream);
        }

        var csvPath = output.PathOf("impact.csv");
        using (var writer = new StreamWriter(csvPath))
        {
            impact.WriteCsv(writer);
        }

        var changedPath = output.PathOf("changed-records.csv");
        using (var writer = new StreamWriter(changedPath))
        {
            impact.WriteChangedRecordsCsv(writer);
        }

        var levels = impact.Levels.Select(l => new ComparisonSummary.LevelChange(
            LevelName(l.Level), l.Records, l.Changed,
            [.. l.Transitions.Select(t => new ComparisonSummary.Transition(t.From, t.To, t.Records, t.People,
                [.. t.Criteria.Select(c => new ComparisonSummary.Cause(c.CriterionId, c.Baseline?.ToString(), c.Changed?.ToString(), c.Records))]))],
            [.. l.Counties.Select(c => new ComparisonSummary.CountyChange(c.County, c.Records, c.Changed))])).ToList();

        var statuses = levels.SelectMany(l => l.Transitions.GroupBy(t => t.From, StringComparer.Ordinal)
            .Select(g => new RunReport.StatusCount(l.Level, g.Key, g.Sum(t => t.Records), g.Sum(t => t.People)))).ToList();
        var invalid = statuses.Where(s => s.Status == nameof(HouseholdStatus.InvalidInput) && s.Records > 0)
            .Select(s => new RunReport.InvalidReason(s.Level, "(record)", s.Records, "run 'evaluate' on the same data for each record's fields and reasons")).ToList();

        var households = impact.Households;
        var counts = new RunCounts
        {
            HouseholdsRead = households.Records,
            HouseholdResults = households.Records,
            PersonsAssessed = households.People,
            InvalidHouseholds = households.Transitions.Where(t => t.From == nameof(HouseholdStatus.InvalidInput)).Sum(t => t.Records),
            VillagesRead = input.Villages.Count,
            CountiesRead = input.Counties.Count,
            VillageResults = impact.Villages?.Records ?? 0,
            CountyResults = impact.Counties?.Records ?? 0,
            UnmatchedSupplementRows = complete ? input.Roster?.Summary.UnmatchedSupplementRows ?? 0 : 0,
        };

        return new RunReport
        {
            Command = "compare",
            Source = input.Description,
            Profile = ReportBuilder.Receipt(baseline, impact.Baseline, []),
            GeneratedAt = context.Clock.GetLocalNow(),
            Partial = !complete,
            Seconds = Math.Round(clock.Elapsed.TotalSeconds, 2),
            Counts = counts,
            Statuses = statuses,
            InvalidRecords = invalid,
            Files =
            [
                new("impact", jsonPath, 1),
                new("impact-csv", csvPath, 1),
                new("changed-records", changedPath, impact.Levels.Sum(l => (long)l.ChangedRecords.Count)),
                new("summary", output.PathOf("summary.json"), 1),
                new("report", output.PathOf("report.html"), 1),
            ],
            Comparison = new ComparisonSummary
            {
                Changed = ReportBuilder.Receipt(changed, impact.Changed, []),
                Differences = [.. impact.ProfileDifferences.Select(d => new ComparisonSummary.Difference(
                    d.Name, d.Baseline?.Value, d.Changed?.Value, d.Changed?.Citation ?? d.Baseline?.Citation, d.Changed?.Verified ?? d.Baseline?.Verified))],
                Levels = levels,
            },
        };
    }

    private static string LevelName(AssessmentLevel level) => level switch
    {
        AssessmentLevel.Household => Levels.Household,
        AssessmentLevel.Village => Levels.Village,
        _ => Levels.County,
    };
}
