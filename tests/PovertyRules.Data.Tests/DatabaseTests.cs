using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using PovertyRules.Assessment;
using PovertyRules.RollUp;

namespace PovertyRules.Data.Tests;

/// <summary>The documented schema read from real databases gives what the export gives.</summary>
public sealed class DatabaseTests
{
    /// <summary>Set by scripts/test.sh, which starts a PostgreSQL server on loopback for the tests.</summary>
    public const string PostgresVariable = "POVERTYRULES_TEST_POSTGRES";

    private static readonly PovertyRulesEngine Engine = new();

    [Fact]
    public void A_SQLite_file_in_the_schema_reads_as_the_export_does()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("sqlite-").FullName, "register.db");
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        SchemaDatabase.Create(connection);
        SchemaDatabase.Fill(connection, booleans: false);
        using var second = new SqliteConnection($"Data Source={path}");
        second.Open();

        Check(connection, second);
    }

    [Fact]
    public void A_PostgreSQL_database_in_the_schema_reads_as_the_export_does()
    {
        var connectionString = Environment.GetEnvironmentVariable(PostgresVariable);
        connectionString.Should().NotBeNullOrEmpty(
            $"the PostgreSQL tests need a server: run the tests with scripts/test.sh, which starts one and sets {PostgresVariable}");
        var schema = "t" + Guid.NewGuid().ToString("N")[..12];
        using (var admin = new NpgsqlConnection(connectionString))
        {
            admin.Open();
            SchemaDatabase.Execute(admin, $"CREATE SCHEMA {schema}");
        }

        // PostgreSQL runs one command at a time per connection: the supplement is read on a second one.
        var inSchema = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema }.ConnectionString;
        using var connection = new NpgsqlConnection(inSchema);
        using var second = new NpgsqlConnection(inSchema);
        connection.Open();
        second.Open();
        try
        {
            SchemaDatabase.Create(connection);
            SchemaDatabase.Fill(connection, booleans: true);
            Check(connection, second);
        }
        finally
        {
            SchemaDatabase.Execute(connection, $"DROP SCHEMA {schema} CASCADE");
        }
    }

    private static void Check(DbConnection connection, DbConnection second)
    {
        var expected = Engine.AssessMany(Samples.Read(Samples.Path("roster-utf8-codes.csv"), Samples.Options with
        {
            SupplementPath = Samples.Write("s.csv",
            [
                "household_id,food_and_clothing_secure,appraisal_held,verified,household_consented,notice_days,unresolved_objections,announced,registered_business,commercial_housing,passenger_car,resettled",
                "3607301012010001,1,1,1,1,7,0,1,0,0,0,",
                "3607301012020003,,,,,,,,,,,1",
            ]),
        }), Samples.Profile).ToList();

        List<HouseholdAssessment> results;
        RunSummary summary;
        using (var rows = SchemaDatabase.Query(connection, RegisterSchema.HouseholdQuery))
        using (var supplement = SchemaDatabase.Query(second, RegisterSchema.SupplementQuery))
        using (var reader = RosterReader.Open(rows, "households+members", Samples.Options, supplement))
        {
            results = [.. reader.Track(Engine.AssessMany(reader, Samples.Profile))];
            summary = reader.Summary;
        }

        results.Select(r => (r.HouseholdId, r.Status, string.Join(",", r.FailedCriteria), string.Join(",", r.UnknownCriteria)))
            .Should().Equal(expected.Select(r => (r.HouseholdId, r.Status, string.Join(",", r.FailedCriteria), string.Join(",", r.UnknownCriteria))));
        results.Should().AllSatisfy(r => r.Errors.Should().BeEmpty());
        results[0].Source!.ToString().Should().Be("households+members:1");
        summary.Should().Be(new RunSummary(18, 6, 0, 6, 0, 18, 0));

        using var villageRows = SchemaDatabase.Query(connection, RegisterSchema.VillageQuery);
        var villages = RegisterSchema.Villages(villageRows, "villages").ToList();
        using var countyRows = SchemaDatabase.Query(second, RegisterSchema.CountyQuery);
        var counties = RegisterSchema.Counties(countyRows, "counties").ToList();
        villages.Single().Should().Match<Model.Village>(v => v.Code == "360730101201" && v.RuralPopulation == 300 && v.HardenedRoad == true && v.Procedure!.UnresolvedObjections == 0);
        counties.Single().Should().Match<Model.County>(c => c.Code == "360730" && c.RuralPopulation == 200000 && c.Evaluation == null);

        var hierarchy = Engine.AssessHierarchy(results, villages, counties, Samples.Profile);
        hierarchy.County("360730")!.Villages.Single().Households!.Households.Should().Be(2);
    }
}
