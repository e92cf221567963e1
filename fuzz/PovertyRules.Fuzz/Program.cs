using System.Text;
using PovertyRules.Policy;
using PovertyRules.Scenarios;
using SharpFuzz;

namespace PovertyRules.Fuzz;

/// <summary>
/// AFL targets for the loaders that read files people write. Each input is one file's bytes; a target passes when the
/// loader returns a value or throws its documented format exception, and anything else (another exception, a stack
/// overflow, a hang) is a finding. Run with <c>fuzz/run.sh TARGET SECONDS</c>; <c>--once FILE</c> replays one input.
/// </summary>
internal static class Program
{
    private static readonly Dictionary<string, Action<string, Sandbox>> Targets = new(StringComparer.Ordinal)
    {
        // A profile or overlay file, read through LoadFile so that bases resolve against the sandbox's profiles.
        ["profile"] = (text, sandbox) => Expect<ProfileFormatException>(() => ProfileJson.LoadFile(sandbox.Write("Profiles/fuzz.json", text))),

        // A scenario file in YAML, in a Scenarios folder beside the sandbox's Profiles (the examples' layout).
        ["scenario"] = (text, sandbox) => Expect<ScenarioFormatException>(() => ScenarioFile.Parse(text, sandbox.PathOf("Scenarios/fuzz.yaml"))),
    };

    private static int Main(string[] args)
    {
        if (args.Length < 1 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine($"usage: PovertyRules.Fuzz TARGET [--once FILE] [SANDBOX]; targets: {string.Join(", ", Targets.Keys)}");
            return 2;
        }

        var once = args.Length >= 3 && args[1] == "--once";
        var sandbox = new Sandbox(args.Length >= (once ? 4 : 2) ? args[once ? 3 : 1] : Path.Combine(Path.GetTempPath(), $"povertyrules-fuzz-{args[0]}"));
        if (once)
        {
            target(Decode(File.ReadAllBytes(args[2])), sandbox);
            return 0;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(Decode(buffer.ToArray()), sandbox);
        });
        return 0;
    }

    // Lenient decoding, as File.ReadAllText does: invalid bytes become U+FFFD, so every input reaches the parser.
    private static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static void Expect<TException>(Action load)
        where TException : Exception
    {
        try
        {
            load();
        }
        catch (TException)
        {
            // The documented failure: the loader named where and why.
        }
    }
}
