using System.Diagnostics;
using System.Globalization;
using PovertyRules.Assessment;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The cadre accountability rule set, its two paths side by side in one run: N seeded county records assessed as one
/// batch (a session per 512) and one at a time (a pooled session each). Prints the time of each, after a warm-up that
/// compiles the rule set, and the batch once more after the single path (the first batch may still run code the JIT has not
/// optimised on a loaded machine). Both paths keep every result.
/// </summary>
internal static class AccountabilityRun
{
    public static int Run(int count)
    {
        var engine = new PovertyRulesEngine();
        var profile = PolicyProfiles.National(2016);
        var records = Records(count, seed: 2016);
        engine.AssessAccountability(records.Take(1_000).ToList(), profile);

        var batch = Stopwatch.StartNew();
        var results = engine.AssessAccountability(records, profile);
        batch.Stop();

        var single = Stopwatch.StartNew();
        // Kept, as the batch's results are, so that both paths hold the same live memory.
        var singles = new AccountabilityAssessment[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            singles[i] = engine.AssessAccountability(records[i], profile);
        }

        single.Stop();

        // The batch again, after the single path: the first batch's time is not a warm-up effect if this one matches it.
        var again = Stopwatch.StartNew();
        engine.AssessAccountability(records, profile);
        again.Stop();
        Console.WriteLine("statuses: " + string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count():N0}")));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"accountability: counties={count} batch_s={batch.Elapsed.TotalSeconds:F2} batch_per_s={count / batch.Elapsed.TotalSeconds:F0} single_s={single.Elapsed.TotalSeconds:F2} single_per_s={count / single.Elapsed.TotalSeconds:F0} batch_again_s={again.Elapsed.TotalSeconds:F2} load={LoadAverage()}"));
        return singles.Select(r => r.Status).SequenceEqual(results.Select(r => r.Status)) ? 0 : 1;
    }

    private static List<CountyAccountability> Records(int count, int seed)
    {
        var random = new Random(seed);
        var records = new List<CountyAccountability>(count);
        for (var i = 0; i < count; i++)
        {
            var designated = random.Next(8) > 0;
            var decapped = designated && random.Next(2) == 0;
            var decappedOn = new DateOnly(2018, 1, 1).AddDays(random.Next(900));
            var last = 2016 + random.Next(4);
            records.Add(new CountyAccountability
            {
                Code = "3607" + (31 + (i % 60)).ToString(CultureInfo.InvariantCulture),
                Designated = designated,
                Decapped = decapped,
                DecappedOn = decapped ? decappedOn : null,
                Leaders =
                [
                    new CountyLeader { Role = LeaderRole.PartySecretary, StartDate = new DateOnly(2013 + random.Next(6), 1 + random.Next(12), 1) },
                    new CountyLeader { Role = LeaderRole.CountyHead, StartDate = random.Next(6) == 0 ? null : new DateOnly(2013 + random.Next(6), 1, 1) },
                ],
                ProposedTransfers = [.. Enumerable.Range(0, random.Next(3)).Select(_ => new ProposedTransfer
                {
                    Role = (LeaderRole)(1 + random.Next(2)),
                    Date = decappedOn.AddDays(random.Next(-60, 60)),
                    Reason = (TransferReason)(1 + random.Next(3)),
                    ApprovalDocumented = random.Next(2) == 0,
                })],
                Years = [.. Enumerable.Range(last - 2, 3).Select(y => new AnnualAssessmentRecord
                {
                    Year = y,
                    Grade = random.Next(3) > 0 ? "A" : "B",
                    ReductionTarget = 1_000,
                    PeopleLiftedOut = 990 + random.Next(40),
                })],
                Assistance = new AssistanceRecord { PoorVillages = 40, VillagesWithTaskForce = 40 - random.Next(2), PoorHouseholds = 1_200, HouseholdsWithHelper = 1_200 - random.Next(2) },
            });
        }

        return records;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
}
