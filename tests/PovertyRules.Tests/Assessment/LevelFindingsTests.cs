using PovertyRules.Assessment;
using PovertyRules.Rules;
using PovertyRules.Tests.Support;

namespace PovertyRules.Tests.Assessment;

/// <summary>Village and county findings and criterion lists are built when first read: once, whoever reads them.</summary>
public class LevelFindingsTests
{
    [Fact]
    public void A_village_gives_the_same_findings_and_criterion_lists_to_every_reader_on_every_thread()
    {
        var village = Levels.Assess(Levels.DelistableVillage(Levels.CentralVillage, population: 1000, remaining: 20));

        var reads = ReadAtOnce(() => (village.Findings, village.FailedCriteria, village.UnknownCriteria));

        reads.Should().OnlyContain(r => ReferenceEquals(r.Findings, reads[0].Findings)
            && ReferenceEquals(r.FailedCriteria, reads[0].FailedCriteria) && ReferenceEquals(r.UnknownCriteria, reads[0].UnknownCriteria));
        village.FailedCriteria.Should().Equal(village.Findings.Where(f => f.Outcome == Outcome.NotMet).Select(f => f.RuleId));
    }

    [Fact]
    public void A_county_gives_the_same_findings_to_every_reader_on_every_thread_and_they_agree_with_its_failed_criteria()
    {
        var county = Levels.Assess(Levels.ExitingCounty(remaining: 5000));

        var reads = ReadAtOnce(() => county.Findings);

        reads.Should().OnlyContain(r => ReferenceEquals(r, reads[0]));
        county.FailedCriteria.Should().NotBeEmpty().And.Equal(county.Findings.Where(f => f.Outcome == Outcome.NotMet).Select(f => f.RuleId));
    }

    /// <summary>Runs <paramref name="read"/> on several threads released together, so that first reads race.</summary>
    private static List<T> ReadAtOnce<T>(Func<T> read)
    {
        const int Readers = 8;
        using var start = new Barrier(Readers);
        var tasks = Enumerable.Range(0, Readers).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            return read();
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(tasks);
        return [.. tasks.Select(t => t.Result)];
    }
}
