using System.Diagnostics;

namespace PovertyRules.Benchmarks;

/// <summary>
/// This benchmark program started again as a child process in one of its child modes, so that what the child measures
/// (time, peak working set) is its own: the DuckDB query, the cold end-to-end roster run.
/// </summary>
internal static class ChildProcess
{
    /// <summary>Runs the child with <paramref name="mode"/> and <paramref name="arguments"/>; its standard output, trimmed.</summary>
    /// <exception cref="InvalidOperationException">The child exited with a code other than 0.</exception>
    public static string Run(string mode, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(mode);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
        {
            start.ArgumentList.Insert(0, typeof(ChildProcess).Assembly.Location);
        }

        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        if (child.ExitCode != 0)
        {
            throw new InvalidOperationException($"The child '{mode}' exited with {child.ExitCode}: {output}");
        }

        return output;
    }
}
