using System.Diagnostics;
using System.Text;

namespace PovertyRules.Package.Tests;

/// <summary>Runs the .NET CLI (or a built program) and captures what it printed.</summary>
internal static class Dotnet
{
    /// <summary>The repository's root: the folder above the test's output that holds PovertyRules.sln.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    public static Result Run(string directory, params string[] arguments) => Start("dotnet", directory, arguments);

    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    public static Result Start(string program, string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The consumer must see the machine as a new user would, not the settings of the test run that started it.
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 15 minutes:\n{output}");
        }

        process.WaitForExit();
        return new Result($"{program} {string.Join(' ', arguments)}", process.ExitCode, output.ToString(), clock.Elapsed);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PovertyRules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No PovertyRules.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>A finished command: its exit code, everything it printed and how long it took.</summary>
    internal sealed record Result(string Command, int ExitCode, string Output, TimeSpan Elapsed)
    {
        /// <summary>Throws with the command's output when it failed.</summary>
        public Result EnsureSuccess() => ExitCode == 0
            ? this
            : throw new InvalidOperationException($"'{Command}' exited with {ExitCode}:\n{Output}");
    }
}
