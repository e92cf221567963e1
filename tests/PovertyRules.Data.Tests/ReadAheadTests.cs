using Microsoft.Data.Sqlite;
using PovertyRules.Assessment;
using PovertyRules.Model;

namespace PovertyRules.Data.Tests;

/// <summary>Reading ahead on a thread of its own gives what the plain enumeration gives, stops with its caller and loses nothing on a failure.</summary>
public sealed class ReadAheadTests
{
    private static readonly PovertyRulesEngine Engine = new();

    /// <summary>A roster of <paramref name="households"/> households of one to three persons, some rows bad.</summary>
    private static string Roster(int households)
    {
        var rows = new List<string> { Samples.CodeHeader };
        for (var h = 0; h < households; h++)
        {
            for (var m = 0; m < 1 + (h % 3); m++)
            {
                var id = Samples.Id($"19{50 + (h % 50)}{1 + (m % 12):00}{1 + (h % 28):00}", m % 2 == 0, (h * 3) + m);
                var relationship = m == 0 ? "01" : h % 97 == 0 ? "23" : "03";
                rows.Add($"H{h:00000},360730101201,{1 + (h % 3)},{id},{relationship},01,01,01,{h % 13},1,0,1,{3000 + (h % 2000)}");
            }
        }

        return Samples.Write("ahead.csv", rows);
    }

    private static string Describe(Household h) =>
        $"{h.Id} {h.Source} [{string.Join(",", h.Members.Select(m => m.IdNumber))}] {string.Join(" | ", h.ReadErrors)}";

    [Theory]
    [InlineData(256)]
    [InlineData(1024)]
    [InlineData(100_000)]
    public void Reading_ahead_gives_the_same_households_in_the_same_order_with_the_same_counts(int households)
    {
        var path = Roster(3_000);
        List<string> plain;
        RunSummary plainSummary;
        using (var reader = RosterReader.Open(path, Samples.Options))
        {
            plain = [.. reader.Select(Describe)];
            plainSummary = reader.Summary;
        }

        using var ahead = RosterReader.Open(path, Samples.Options);
        var read = ahead.ReadAhead(households).Select(Describe).ToList();

        read.Should().Equal(plain);
        ahead.Summary.Should().Be(plainSummary);
        plainSummary.HouseholdsFormed.Should().Be(3_000);
        plainSummary.HouseholdsWithReadErrors.Should().BeGreaterThan(0, "some rows carry an unknown relationship code");
    }

    [Fact]
    public void Assessing_households_read_ahead_reconciles_as_the_plain_run_does()
    {
        var path = Roster(2_000);
        using var reader = RosterReader.Open(path, Samples.Options);

        var results = reader.Track(Engine.AssessMany(reader.ReadAhead(), Samples.Profile)).ToList();

        results.Should().HaveCount(2_000);
        reader.Summary.Reconciles.Should().BeTrue();
        reader.Summary.HouseholdsInvalid.Should().Be(results.Count(r => r.Status == HouseholdStatus.InvalidInput)).And.BeGreaterThan(0);
    }

    [Fact]
    public void A_caller_that_stops_early_stops_the_reading_thread()
    {
        var path = Roster(20_000);
        using var reader = RosterReader.Open(path, Samples.Options);

        reader.ReadAhead(RosterReader.ReadAheadChunk).Take(3).Should().HaveCount(3);
        var formed = reader.Summary.HouseholdsFormed;
        Thread.Sleep(200);

        reader.Summary.HouseholdsFormed.Should().Be(formed, "the reading thread ended when the enumeration was disposed");
        formed.Should().BeLessThan(20_000);
    }

    [Fact]
    public void A_source_that_fails_mid_stream_hands_over_every_household_read_before_the_failure_as_the_plain_run_does()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("ahead-").FullName, "register.db");
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        SchemaDatabase.Create(connection);
        SchemaDatabase.Fill(connection, booleans: false);

        (List<HouseholdAssessment> Results, RunSummary Summary, Exception? Failure) Run(bool ahead)
        {
            // SQLite raises "integer overflow" when it steps onto the eleventh row: a query that fails part way through.
            using var rows = SchemaDatabase.Query(connection,
                RegisterSchema.HouseholdQuery.Replace("SELECT h.household_id,", "SELECT CASE WHEN m.rowid > 10 THEN abs(-9223372036854775808) END AS probe, h.household_id,", StringComparison.Ordinal)
                    .Replace(" ORDER BY h.household_id, m.member_no", string.Empty, StringComparison.Ordinal));
            using var reader = RosterReader.Open(rows, "households+members", Samples.Options);
            var results = new List<HouseholdAssessment>();
            var failure = Record.Exception(() => results.AddRange(reader.Track(Engine.AssessMany(ahead ? reader.ReadAhead() : reader, Samples.Profile))));
            return (results, reader.Summary, failure);
        }

        var plain = Run(ahead: false);
        var readAhead = Run(ahead: true);

        readAhead.Failure.Should().BeOfType<BulkSourceException>().Which.InnerException.Should().BeOfType<SqliteException>();
        readAhead.Results.Select(r => r.HouseholdId).Should().Equal(plain.Results.Select(r => r.HouseholdId)).And.NotBeEmpty();
        readAhead.Summary.Should().Be(plain.Summary);
        readAhead.Summary.HouseholdsAssessed.Should().Be(readAhead.Summary.HouseholdsFormed);

        // The rows of the household the failure cut short were read but form no household: the summary says so.
        readAhead.Summary.PersonsRead.Should().Be(10);
        readAhead.Summary.Reconciles.Should().Be(readAhead.Summary.PersonsAssessed == 10);
    }

    [Fact]
    public void Reading_ahead_of_fewer_than_one_chunk_is_refused_naming_the_least()
    {
        using var reader = RosterReader.Open(Samples.Path("roster-utf8-codes.csv"), Samples.Options);

        var act = () => reader.ReadAhead(10);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("households").WithMessage("*256*");
    }
}
