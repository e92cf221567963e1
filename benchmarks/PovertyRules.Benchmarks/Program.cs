using System.Globalization;
using BenchmarkDotNet.Running;
using PovertyRules.Benchmarks;

// --quick                      the three paths side by side in under a minute (one line "quick: …" at the end)
// --stream [--households N]    N households (default 10 million) streamed through AssessMany; prints the peak working set
// --rollup [--households N]    N households (default 10 million) rolled up into villages and counties; prints time and peak
// --breakdown PART             where the time goes: phases, firings, rules or scaling
// --monitoring [--households N] relapse monitoring beside household exit on one thread (default 200,000 households)
// --hot PATH [--seconds S]     one path in a loop for a sampling profiler: session, bulk, single, generate or hand
// --roster [--persons N]       a synthetic roster export of N persons (default 10 million): parse, end to end, DuckDB
// --accountability [--counties N]  N county accountability records (default 100,000), as one batch and one at a time
// --live [--households N] [--changes M]  a live register of N households (default 1 million), M random changes (default 1 million)
// --distance [--households N]  assessment alone, with every distance to exit, and written as CSV rows (default 1 million)
// anything else                BenchmarkDotNet (BenchmarkSwitcher): e.g. --filter '*'
if (DuckDbVerdicts.IsChild(args))
{
    return DuckDbVerdicts.Child(args);
}

if (RosterRun.IsChild(args))
{
    return RosterRun.Child(args);
}

if (args.Contains("--roster"))
{
    return RosterRun.Run(Option("--persons", 10_000_000));
}

if (args.Contains("--accountability"))
{
    return AccountabilityRun.Run(Option("--counties", 100_000));
}

if (args.Contains("--live"))
{
    return LiveRun.Run(Option("--households", 1_000_000), Option("--changes", 1_000_000));
}

if (args.Contains("--distance"))
{
    return DistanceRun.Run(Option("--households", 1_000_000));
}

if (args.Contains("--quick"))
{
    return QuickRun.Run(Option("--households", 1_000_000));
}

if (args.Contains("--stream"))
{
    return StreamRun.Run(Option("--households", 10_000_000));
}

if (args.Contains("--rollup"))
{
    return RollUpRun.Run(Option("--households", 10_000_000));
}

if (args.Contains("--breakdown"))
{
    return Breakdown.Run(Value("--breakdown") ?? "phases", Option("--households", 400_000));
}

if (args.Contains("--monitoring"))
{
    return MonitoringRun.Run(Option("--households", 200_000));
}

if (args.Contains("--hot"))
{
    return Hot.Run(Value("--hot") ?? "bulk", Option("--seconds", 20));
}

BenchmarkSwitcher.FromAssembly(typeof(Workload).Assembly).Run(args);
return 0;

string? Value(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[i + 1] : null;
}

int Option(string name, int fallback) =>
    Value(name) is { } text ? int.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) : fallback;
