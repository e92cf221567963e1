using System.Diagnostics;
using System.Globalization;
using PovertyRules.Assessment;
using PovertyRules.Live;
using PovertyRules.Model;

namespace PovertyRules.Benchmarks;

/// <summary>
/// The live register on the synthetic province: load N households with their villages and counties, apply N random
/// single changes timed one by one (household through county), then batches of changes, and, on a sample of the same
/// kind of changes in the same run, the path without a live register: re-assess the household and recount its village
/// and county from every household assessment held, then re-assess both. Ends with one line
/// <c>live: households=… load=…/s change_p50_us=… change_p99_us=… batch=…/s bytes_per_household=…</c>.
/// </summary>
internal static class LiveRun
{
    private const int BatchSize = 1_000;

    public static int Run(int households, int changes)
    {
        var engine = new PovertyRulesEngine();
        var profile = Workload.Profile;
        var population = Workload.Population;
        engine.AssessVillage(new Village { Code = "431226101201", RuralPopulation = 1 }, profile);
        engine.AssessCounty(new County { Code = "431226", RuralPopulation = 1 }, profile);

        var ids = new List<string>(households);
        var villageCodes = new List<string>();
        IEnumerable<Household?> Tap()
        {
            foreach (var household in population.Households(households))
            {
                ids.Add(household.Id);
                yield return household;
            }
        }

        // What the records alone take (the register holds them): a sample of them held in an array.
        var sampleSize = Math.Min(households, 100_000);
        var empty = GC.GetTotalMemory(forceFullCollection: true);
        var sample = population.Households(sampleSize).ToArray();
        var recordBytes = (GC.GetTotalMemory(forceFullCollection: true) - empty) / (double)sampleSize;
        GC.KeepAlive(sample);
        sample = null;

        var villages = population.VillageRecords(households).ToList();
        villageCodes.AddRange(villages.Select(v => v.Code));
        var counties = population.CountyRecords(households).ToList();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var clock = Stopwatch.StartNew();
        using var register = LiveRegister.Load(engine, profile, Tap(), villages, counties);
        clock.Stop();
        var loadRate = households / clock.Elapsed.TotalSeconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        var bytesPerHousehold = (after - before) / (double)households;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"loaded {households:N0} households, {villages.Count:N0} villages, {counties.Count:N0} counties in {clock.Elapsed.TotalSeconds:F1} s; held {(after - before) / 1e6:F0} MB: {bytesPerHousehold:F0} bytes a household, of which its record {recordBytes:F0} and the register's own (assessment, index, counts) {bytesPerHousehold - recordBytes:F0}"));

        var random = new Random(Workload.Seed);
        var reference = new ChangeReference("benchmark", "random change");

        // Warm-up: the first changes pay for JIT and the pooled sessions.
        for (var i = 0; i < 2_000; i++)
        {
            register.Apply(NextChange(register, ids, villageCodes, random, reference));
        }

        var singleGen2 = GC.CollectionCount(2);
        var latencies = new double[changes];
        var transitions = 0L;
        var refused = 0;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < changes; i++)
        {
            var change = NextChange(register, ids, villageCodes, random, reference);
            var start = Stopwatch.GetTimestamp();
            var result = register.Apply(change);
            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            transitions += result.Households.Count + result.Villages.Count + result.Counties.Count;
            refused += result.Refused.Count;
        }

        total.Stop();
        var singleRate = changes / (latencies.Sum() / 1e6);
        Array.Sort(latencies);
        var p50 = latencies[changes / 2];
        var p99 = latencies[(int)(changes * 0.99)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single: {changes:N0} changes in {total.Elapsed.TotalSeconds:F1} s (generating them included), {transitions:N0} transitions, {refused} refused, {GC.CollectionCount(2) - singleGen2} full collections; p50={p50:F1} µs p90={latencies[(int)(changes * 0.9)]:F1} µs p99={p99:F1} µs max={latencies[^1]:F0} µs; {singleRate:F0} changes/s one at a time (the time inside Apply)"));

        // Each batch is made just before it is applied and only applying it is timed.
        var batchCount = Math.Max(20, changes / 5 / BatchSize);
        var batchTime = TimeSpan.Zero;
        var batchCpu = TimeSpan.Zero;
        using var process = Process.GetCurrentProcess();
        var gen2 = GC.CollectionCount(2);
        var collections = GC.CollectionCount(0);
        var paused = GC.GetTotalPauseDuration();
        for (var b = 0; b < batchCount; b++)
        {
            var batch = Enumerable.Range(0, BatchSize).Select(_ => NextChange(register, ids, villageCodes, random, reference)).ToList();
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var start = Stopwatch.GetTimestamp();
            register.ApplyAll(batch);
            batchTime += Stopwatch.GetElapsedTime(start);
            process.Refresh();
            batchCpu += process.TotalProcessorTime - cpu;
        }

        var batchRate = batchCount * BatchSize / batchTime.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"batched: {batchCount * BatchSize:N0} changes in batches of {BatchSize:N0} in {batchTime.TotalSeconds:F2} s wall, {batchCpu.TotalSeconds:F2} s of CPU ({batchCount * BatchSize / batchCpu.TotalSeconds:F0} changes per CPU-second; on a loaded machine the wall time of a long call includes the time other processes ran), {GC.CollectionCount(0) - collections} collections meanwhile ({GC.CollectionCount(2) - gen2} full) pausing the program {(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s in all"));

        var (scratchP50, scratchP99) = Scratch(engine, register, ids, villageCodes, random, reference, Math.Min(changes, 1_000));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"scratch: re-assess the household, recount its village and county from every household assessment held, re-assess both: p50={scratchP50:F1} µs p99={scratchP99:F1} µs ({scratchP50 / p50:F0}x the live median)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load average {Load()}, {Environment.ProcessorCount} cores, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} garbage collector in {System.Runtime.GCSettings.LatencyMode} mode ({(System.Runtime.GCSettings.LatencyMode == System.Runtime.GCLatencyMode.Batch ? "not concurrent" : "concurrent")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"live: households={households} load={loadRate:F0}/s change_p50_us={p50:F1} change_p99_us={p99:F1} batch={batchRate:F0}/s bytes_per_household={bytesPerHousehold:F0}"));
        return 0;
    }

    /// <summary>A random change of the kinds a provincial system makes every day, on a random household or village.</summary>
    private static LiveChange NextChange(LiveRegister register, List<string> ids, List<string> villageCodes, Random random, ChangeReference reference)
    {
        var roll = random.Next(100);
        if (roll < 8)
        {
            var code = villageCodes[random.Next(villageCodes.Count)];
            var village = register.Village(code)!.Village!;
            return new CorrectVillage(village with { Clinic = village.Clinic != true }) { Reference = reference };
        }

        var id = ids[random.Next(ids.Count)];
        var household = register.HouseholdRecord(id)!;
        return roll switch
        {
            < 50 => new UpdateHousehold(household with
            {
                Income = [.. household.Income.Select(i => i.Year == Workload.Profile.Year ? i with { PerCapitaNet = random.Next(1_500, 6_000) } : i)],
            }) { Reference = reference },
            < 75 => new RecordExitProcedure(id, new ExitProcedureRecord
            {
                AppraisalHeld = true,
                Verified = random.Next(2) == 0,
                HouseholdConsented = true,
                NoticeDays = random.Next(3, 10),
                UnresolvedObjections = 0,
                Announced = random.Next(2) == 0,
            }) { Reference = reference },
            _ => new SetMember(id, 0, household.Members[0] with { MedicalInsuranceEnrolled = random.Next(5) != 0 }) { Reference = reference },
        };
    }

    /// <summary>The same kind of change without a live register: the household re-assessed, its village and county recounted from every household held.</summary>
    private static (double P50, double P99) Scratch(
        PovertyRulesEngine engine, LiveRegister register, List<string> ids, List<string> villageCodes, Random random, ChangeReference reference, int count)
    {
        var profile = Workload.Profile;
        var snapshot = register.Snapshot();
        var current = ids.ToDictionary(id => id, id => snapshot.Household(id)!, StringComparer.Ordinal);
        var byCounty = ids.GroupBy(id => current[id].VillageCode![..6], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var villages = villageCodes.ToDictionary(c => c, c => register.Village(c)!.Village!, StringComparer.Ordinal);
        var counties = snapshot.Hierarchy.Counties.Where(c => c.Assessment is not null).ToDictionary(c => c.Code, c => c.Assessment!.County!, StringComparer.Ordinal);
        var latencies = new double[count];
        for (var i = 0; i < count; i++)
        {
            var id = ids[random.Next(ids.Count)];
            var household = register.HouseholdRecord(id)!;
            var changed = household with
            {
                Income = [.. household.Income.Select(x => x.Year == profile.Year ? x with { PerCapitaNet = random.Next(1_500, 6_000) } : x)],
            };
            var start = Stopwatch.GetTimestamp();
            var assessment = engine.Assess(changed, profile);
            current[id] = assessment;
            var countyCode = assessment.VillageCode![..6];
            var village = new TallyBuilder();
            var county = new TallyBuilder();
            foreach (var other in byCounty[countyCode])
            {
                var a = current[other];
                county.Add(a.Status, a.MemberCount);
                if (a.VillageCode == assessment.VillageCode)
                {
                    village.Add(a.Status, a.MemberCount);
                }
            }

            if (villages.TryGetValue(assessment.VillageCode, out var record))
            {
                engine.AssessVillages([new LevelInput<Village>(record with { RemainingPoorPeople = village.RemainingPoorPeople }, village.UnassessedHouseholds, village.Build(record.Code))], profile);
            }

            if (counties.TryGetValue(countyCode, out var countyRecord))
            {
                // The listed villages would need every village of the county re-assessed too; the recorded figure stands in, in favour of this path.
                engine.AssessCounties([new LevelInput<County>(countyRecord with { RemainingPoorPeople = county.RemainingPoorPeople }, county.UnassessedHouseholds, county.Build(countyCode))], profile);
            }

            latencies[i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
        }

        Array.Sort(latencies);
        return (latencies[count / 2], latencies[(int)(count * 0.99)]);
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
