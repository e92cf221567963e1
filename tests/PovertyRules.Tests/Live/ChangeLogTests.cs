using System.Text;
using CsCheck;
using PovertyRules.Assessment;
using PovertyRules.Data;
using PovertyRules.Live;
using PovertyRules.Model;
using PovertyRules.Policy;
using PovertyRules.Tests.Properties;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Live;

public class ChangeLogTests
{
    private static readonly PovertyRulesEngine Engine = new();
    private static readonly PolicyProfile Profile = PolicyProfiles.National(2016);

    [Fact]
    public void Replaying_a_change_log_over_the_same_starting_records_reproduces_the_same_state()
    {
        var gen = Gen.Select(
            LiveRegisterEquivalenceProperties.Change.List[1, 5].List[40],
            LiveRegisterEquivalenceProperties.Household.List[8],
            Generators.Village(Profile).List[3],
            Generators.County(Profile).List[2]);
        var (steps, start, villageList, countyList) = gen.Single(_ => true, seed: EngineMatchesReferenceProperties.Seed);
        var households = start.Select((h, i) => h with { Id = "H" + i }).ToList();
        var villages = villageList.Select(v => v.Village).ToList();
        var counties = countyList.Select(c => c.County).ToList();
        using var log = new MemoryStream();
        var applied = new List<AppliedChange>();
        using (var original = LiveRegister.Load(Engine, Profile, households, villages, counties))
        using (var writer = new ChangeLogWriter(log))
        using (original.Subscribe(writer))
        {
            foreach (var step in steps)
            {
                applied.AddRange(original.ApplyAll(step.Select(c => c with { Reference = new ChangeReference("tester", "step") })).Applied);
            }

            writer.Flush();
            log.Position = 0;
            var read = ChangeLogReader.Read(new StreamReader(log, Encoding.UTF8, leaveOpen: true), "changes.jsonl").ToList();

            read.Select(a => (a.Sequence, a.Time, a.Change.Kind, a.Change.Reference)).Should().Equal(applied.Select(a => (a.Sequence, a.Time, a.Change.Kind, a.Change.Reference)));
            using var replayed = LiveRegister.Load(Engine, Profile, households, villages, counties);
            var result = replayed.ApplyAll(read.Select(a => a.Change));

            result.Refused.Should().BeEmpty();
            replayed.Version.Should().Be(original.Version);
            var (first, second) = (original.Snapshot(), replayed.Snapshot());
            RegisterModel.Describe(second.Hierarchy).Should().Equal(RegisterModel.Describe(first.Hierarchy));
            second.HouseholdIds.Order(StringComparer.Ordinal).Should().Equal(first.HouseholdIds.Order(StringComparer.Ordinal));
            foreach (var id in first.HouseholdIds)
            {
                RegisterModel.Describe(second.Household(id)!).Should().Be(RegisterModel.Describe(first.Household(id)!));
            }
        }

        applied.Should().HaveCountGreaterThan(20, "the generated steps must apply changes for the replay to mean anything");
    }

    [Fact]
    public void Personal_id_numbers_are_masked_in_the_change_log()
    {
        using var log = new MemoryStream();
        using (var writer = new ChangeLogWriter(log))
        {
            writer.Write(new AppliedChange(1, DateTimeOffset.UnixEpoch, new SetMember("H1", 0, Households.Adult() with { IdNumber = "43122619800101123X" })));
        }

        var line = Encoding.UTF8.GetString(log.ToArray());
        line.Should().Contain("\"idNumber\":\"431226***********X\"").And.NotContain("19800101");
        line.Should().StartWith("{\"sequence\":1,\"time\":\"1970-01-01T00:00:00+00:00\",\"kind\":\"SetMember\",\"householdId\":\"H1\",\"position\":0,");
    }

    [Theory]
    [InlineData("not json", "changes.jsonl:2: not JSON")]
    [InlineData("{\"sequence\":2,\"time\":\"2026-12-02T05:00:00+00:00\",\"kind\":\"Rename\"}", "changes.jsonl:2: kind 'Rename' is not a change kind; expected one of AddHousehold, CorrectCounty")]
    [InlineData("{\"time\":\"2026-12-02T05:00:00+00:00\",\"kind\":\"RemoveHousehold\",\"householdId\":\"H1\"}", "changes.jsonl:2: missing sequence")]
    [InlineData("{\"sequence\":2,\"time\":\"2026-12-02T05:00:00+00:00\",\"kind\":\"RemoveMember\",\"householdId\":\"H1\",\"position\":\"first\"}", "changes.jsonl:2: RemoveMember at $.position: ")]
    [InlineData("{\"sequence\":2,\"time\":\"2026-12-02T05:00:00+00:00\",\"kind\":\"RemoveHousehold\",\"householdId\":\"H1\",\"colour\":1}", "changes.jsonl:2: RemoveHousehold at $.colour: The JSON property 'colour' could not be mapped")]
    public void A_line_that_does_not_read_is_refused_naming_the_file_the_line_and_why(string line, string message)
    {
        var text = "{\"sequence\":1,\"time\":\"2026-12-02T05:00:00+00:00\",\"kind\":\"RemoveHousehold\",\"householdId\":\"H0\"}\n" + line + "\n";

        var act = () => ChangeLogReader.Read(new StringReader(text), "changes.jsonl").ToList();

        act.Should().Throw<ChangeLogFormatException>().Which.Message.Should().StartWith(message);
    }
}
