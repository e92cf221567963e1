using PovertyRules.Cli.Reporting;

namespace PovertyRules.Cli;

/// <summary>What the tool's exit code says.</summary>
internal static class ExitCodes
{
    /// <summary>The run completed and found no input errors.</summary>
    public const int Ok = 0;

    /// <summary>The run completed, and found input errors (invalid, repeated or unplaceable records; unmatched supplement rows).</summary>
    public const int InputErrors = 1;

    /// <summary>The command line was wrong, or an input could not be opened at all (no run took place).</summary>
    public const int Usage = 2;

    /// <summary>The run was stopped with Ctrl+C; its files hold the complete records read until then.</summary>
    public const int Interrupted = 130;

    public static int For(RunReport report, bool inputErrorsFail) =>
        report.Partial ? Interrupted : inputErrorsFail && report.HasInputErrors ? InputErrors : Ok;
}
