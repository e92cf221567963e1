using System.Diagnostics;
using System.Text;

namespace PovertyRules.Cli.Tests;

/// <summary>Runs the built <c>povrules</c> tool as a real process, as a person would: arguments in, exit code, output and files out.</summary>
internal static class Povrules
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "povrules.dll");

    public static Result Run(string workingDirectory, params string[] args) => Run(workingDirectory, TimeSpan.FromMinutes(3), null, args);

    /// <summary>Runs the tool; <paramref name="whileRunning"/> is given the process once it has started.</summary>
    public static Result Run(string workingDirectory, TimeSpan timeout, Action<Process>? whileRunning, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        whileRunning?.Invoke(process);
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"povrules {string.Join(' ', args)} did not finish within {timeout}.");
        }

        return new Result(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>What a run printed and returned.</summary>
    internal sealed record Result(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }
}
