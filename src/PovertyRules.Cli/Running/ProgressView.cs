using Spectre.Console;
using Spectre.Console.Rendering;

namespace PovertyRules.Cli.Running;

/// <summary>
/// A progress bar with the rate and the time remaining for long runs, shown only on an interactive terminal (never
/// when the output is redirected or the summary is printed as JSON).
/// </summary>
internal static class ProgressView
{
    public static bool Enabled(bool json) => !json && !Console.IsOutputRedirected && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    public static T Run<T>(bool enabled, string label, string unit, long? total, Func<Action<long>, T> work)
    {
        if (!enabled)
        {
            return work(static _ => { });
        }

        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(total is null
                ? [new TaskDescriptionColumn(), new SpinnerColumn(), new CountColumn(), new RateColumn(unit), new ElapsedTimeColumn()]
                : [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(), new RateColumn(unit), new RemainingTimeColumn()])
            .Start(context =>
            {
                var task = context.AddTask(label, maxValue: total ?? double.MaxValue);
                task.IsIndeterminate = total is null;
                result = work(n => task.Value = total is null ? n : Math.Min(n, total.Value));
                task.StopTask();
            });
        return result;
    }

    /// <summary>The records done so far.</summary>
    private sealed class CountColumn : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Spectre.Console.Text(task.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Records per second.</summary>
    private sealed class RateColumn(string unit) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var elapsed = task.ElapsedTime?.TotalSeconds ?? 0;
            var rate = elapsed > 0 ? task.Value / elapsed : 0;
            return new Spectre.Console.Text($"{rate.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} {unit}");
        }
    }
}
