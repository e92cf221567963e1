using PovertyRules.Assessment;
using PovertyRules.Data;
using PovertyRules.Live;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Synthetic;

namespace PovertyRules.Cli.Tests;

/// <summary><c>replay</c> run as a process: a change log written by the library replayed over the synthetic register.</summary>
public sealed class ReplayCommandTests : IDisposable
{
    private const int Households = 300;
    private readonly TempDirectory _dir = new();

    private static List<LiveChange> Changes()
    {
        var households = new SyntheticPopulation(PolicyProfiles.National(2016), 1).Households(Households).ToList();
        return
        [
            new UpdateHousehold(households[0] with { Income = [new AnnualIncome { Year = 2016, PerCapitaNet = 1_000m }] }) { Reference = new("county office", "income corrected") },
            new RemoveHousehold(households[1].Id),
            new RecordExitProcedure(households[2].Id, null),
            new RemoveMember(households[3].Id, 0),
        ];
    }

    private void WriteLog(IEnumerable<LiveChange> changes)
    {
        using var writer = ChangeLogWriter.Create(_dir["changes.jsonl"]);
        var sequence = 0;
        foreach (var change in changes)
        {
            writer.Write(new AppliedChange(++sequence, DateTimeOffset.UnixEpoch.AddMinutes(sequence), change));
        }
    }

    [Fact]
    public void Replay_applies_a_change_log_over_the_register_and_reports_the_counts_the_library_gives_for_the_same_changes()
    {
        WriteLog(Changes());
        var profile = PolicyProfiles.National(2016);
        var population = new SyntheticPopulation(profile, 1);
        using var expected = LiveRegister.Load(new PovertyRulesEngine(), profile, population.Households(Households), [.. population.VillageRecords(Households)], [.. population.CountyRecords(Households)]);
        var before = expected.Counts();
        expected.ApplyAll(Changes()).Refused.Should().BeEmpty();
        var after = expected.Counts();

        var run = Povrules.Run(_dir.Path, "--json", "replay", "--profile", "CN-2016", "--synthetic", Households.ToString(System.Globalization.CultureInfo.InvariantCulture), "--log", "changes.jsonl");

        run.ExitCode.Should().Be(0, run.ToString());
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        root.GetProperty("applied").GetInt64().Should().Be(4);
        root.GetProperty("refused").GetArrayLength().Should().Be(0);
        Counts(root.GetProperty("before").GetProperty("households")).Should().Equal(before.Households.ToDictionary(p => p.Key.ToString(), p => p.Value));
        Counts(root.GetProperty("after").GetProperty("households")).Should().Equal(after.Households.ToDictionary(p => p.Key.ToString(), p => p.Value));
        Counts(root.GetProperty("after").GetProperty("villages")).Should().Equal(after.Villages.ToDictionary(p => p.Key.ToString(), p => p.Value));
        Counts(root.GetProperty("after").GetProperty("counties")).Should().Equal(after.Counties.ToDictionary(p => p.Key.ToString(), p => p.Value));
        after.Households.Values.Sum().Should().Be(Households - 1, "one household was removed");
    }

    [Fact]
    public void A_change_the_register_refuses_is_named_with_its_reason_and_gives_exit_code_1()
    {
        WriteLog([.. Changes(), new RemoveHousehold("nobody")]);

        var run = Povrules.Run(_dir.Path, "replay", "--profile", "CN-2016", "--synthetic", "50", "--log", "changes.jsonl");

        run.ExitCode.Should().Be(1, run.ToString());
        run.Output.Should().Contain("refused: RemoveHousehold: no household 'nobody' is held").And.Contain("household");
    }

    [Fact]
    public void A_log_line_that_does_not_read_is_a_usage_error_naming_the_file_and_line()
    {
        WriteLog(Changes());
        File.AppendAllText(_dir["changes.jsonl"], "{\"sequence\":5,\"time\":\"2026-12-02T05:00:00Z\",\"kind\":\"Rename\"}\n");

        var run = Povrules.Run(_dir.Path, "replay", "--profile", "CN-2016", "--synthetic", "50", "--log", "changes.jsonl");

        run.ExitCode.Should().Be(2, run.ToString());
        run.Error.Should().Contain("changes.jsonl:5: kind 'Rename' is not a change kind");
    }

    private static Dictionary<string, int> Counts(System.Text.Json.JsonElement element) =>
        element.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    public void Dispose() => _dir.Dispose();
}
