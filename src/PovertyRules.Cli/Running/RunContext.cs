namespace PovertyRules.Cli.Running;

/// <summary>What every command shares: the language, JSON output, the clock, cancellation and the console.</summary>
/// <param name="Text">The console's messages.</param>
/// <param name="Json">Whether the summary is printed as JSON.</param>
/// <param name="Clock">The clock reports are dated by.</param>
/// <param name="Cancellation">Cancelled by Ctrl+C.</param>
internal sealed record RunContext(Text Text, bool Json, TimeProvider Clock, CancellationToken Cancellation)
{
    /// <summary>Whether a progress bar is shown.</summary>
    public bool ShowProgress => ProgressView.Enabled(Json);
}
