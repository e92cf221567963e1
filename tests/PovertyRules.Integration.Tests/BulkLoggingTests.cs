using Microsoft.Extensions.Logging;
using PovertyRules.Assessment;
using PovertyRules.Integration.Tests.Support;
using PovertyRules.Policy;

namespace PovertyRules.Integration.Tests;

public sealed class BulkLoggingTests
{
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);

    private static (CapturedLog Log, List<HouseholdAssessment> Results) Run(IEnumerable<Household?> households, BulkOptions? options = null)
    {
        var log = new CapturedLog();
        using var factory = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace));
        var engine = new PovertyRulesEngine(factory.CreateLogger<PovertyRulesEngine>());
        return (log, engine.AssessMany(households, Profile, options ?? new BulkOptions { BatchSize = 16 }).ToList());
    }

    [Fact]
    public void A_bulk_run_logs_its_start_with_the_receipt_and_options()
    {
        var (log, results) = Run(Register.Mixed(40));

        var start = log.Entries.Should().ContainSingle(e => e.Event.Id == 1).Which;
        var receipt = results[0].Receipt;
        start.Level.Should().Be(LogLevel.Information);
        start.Message.Should().Be($"AssessMany started: profile CN-2016, parameter hash {receipt.ParameterHash}, rule set {receipt.RuleSetVersion}; batch size 16, parallelism {Environment.ProcessorCount}, at most 16384 records in flight");
    }

    [Fact]
    public void A_bulk_run_ends_with_one_line_of_counts_by_status_invalid_fields_timings_and_the_receipt()
    {
        var (log, results) = Run(Register.Mixed(100));

        var end = log.Entries.Should().ContainSingle(e => e.Event.Id == 2).Which;
        var byStatus = string.Join(", ", Enum.GetValues<HouseholdStatus>()
            .Select(s => (Status: s, Count: results.Count(r => r.Status == s))).Where(p => p.Count > 0).Select(p => $"{p.Status} {p.Count}"));
        byStatus.Should().Be("MayExit 68, RemainsPoor 18, InvalidInput 14");
        end.Message.Should().StartWith("Bulk run completed in ")
            .And.Contain("100 records read, 100 assessed, 0 read but not assessed, 100 results returned")
            .And.Contain("by status: " + byStatus)
            .And.Contain("invalid records by field: Income[].PerCapitaNet 14, VillageCode 14")
            .And.Contain("µs a record")
            .And.EndWith($"receipt: profile CN-2016, parameter hash {results[0].Receipt.ParameterHash}, rule set {results[0].Receipt.RuleSetVersion}");
        end.Values.Should().Contain(v => v.Key == "ElapsedMs");
    }

    [Fact]
    public void No_log_line_holds_a_name_an_id_number_or_a_household_id()
    {
        var households = Register.Mixed(100).ToList();
        var (log, _) = Run(households);

        var text = log.Text;
        text.Should().NotBeEmpty();
        foreach (var household in households)
        {
            text.Should().NotContain(household.Id);
            foreach (var member in household.Members)
            {
                text.Should().NotContain(member.Name).And.NotContain(member.IdNumber);
                text.Should().NotContain(member.IdNumber![..14], "not even the ID number's region and birth date");
            }
        }
    }

    [Fact]
    public void A_failing_source_is_logged_as_an_error_naming_the_exception_type_but_not_its_message()
    {
        static IEnumerable<Household?> Failing()
        {
            yield return Register.Exiting(1);
            throw new InvalidDataException("row 2: " + Register.IdNumberOf(2) + " " + Register.NameOf(2));
        }

        var log = new CapturedLog();
        using var factory = LoggerFactory.Create(b => b.AddProvider(log));
        var engine = new PovertyRulesEngine(factory.CreateLogger<PovertyRulesEngine>());

        var run = () => engine.AssessMany(Failing(), Profile).ToList();

        run.Should().Throw<BulkSourceException>();
        log.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.Contains("threw System.IO.InvalidDataException after 1 records", StringComparison.Ordinal));
        log.Entries.Should().ContainSingle(e => e.Event.Id == 2).Which.Message.Should().StartWith("Bulk run source-failed");
        log.Text.Should().NotContain(Register.IdNumberOf(2)).And.NotContain(Register.NameOf(2));
    }

    [Fact]
    public void A_run_the_caller_stops_early_logs_that_it_was_stopped()
    {
        var log = new CapturedLog();
        using var factory = LoggerFactory.Create(b => b.AddProvider(log));
        var engine = new PovertyRulesEngine(factory.CreateLogger<PovertyRulesEngine>());

        _ = engine.AssessMany(Register.Mixed(100), Profile, new BulkOptions { BatchSize = 10 }).Take(15).ToList();

        log.Entries.Should().ContainSingle(e => e.Event.Id == 2).Which.Message.Should()
            .StartWith("Bulk run stopped-by-caller").And.Contain("15 results returned");
    }
}
