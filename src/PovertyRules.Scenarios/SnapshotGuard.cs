using PovertyRules.Comparison;
using PovertyRules.Model;
using PovertyRules.Policy;

namespace PovertyRules.Scenarios;

/// <summary>
/// Fails a test when a policy change moves more outcomes than the team agreed to: more than a given percentage of a
/// fixed sample of households changes outcome between two profiles.
/// </summary>
/// <example>
/// <code>
/// var report = SnapshotGuard.AssertAtMostChanged(sample, PolicyProfiles.National(2016), proposal, maxChangedPercent: 5);
/// report.Households.Count(HouseholdStatus.MayExit, HouseholdStatus.RemainsPoor).Should().BeLessThan(20);
/// </code>
/// </example>
public static class SnapshotGuard
{
    private const int ShownRecords = 10;

    /// <summary>
    /// Compares <paramref name="baseline"/> and <paramref name="changed"/> over <paramref name="sample"/> and throws when
    /// the share of households whose outcome changes is above <paramref name="maxChangedPercent"/>.
    /// </summary>
    /// <param name="sample">The fixed sample (the same households every run, e.g. from <see cref="ScenarioFile.LoadHouseholds(string)"/>).</param>
    /// <param name="baseline">The profile in force.</param>
    /// <param name="changed">The proposed profile.</param>
    /// <param name="maxChangedPercent">The largest share of changed outcomes allowed, in percent (0–100); equal passes.</param>
    /// <param name="comparison">The comparison to use; one on <see cref="ScenarioRunner.Default"/>'s engine when null.</param>
    /// <returns>The impact report, for further assertions.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxChangedPercent"/> is outside 0–100.</exception>
    /// <exception cref="ArgumentException">The sample is empty.</exception>
    /// <exception cref="SnapshotGuardException">Too many outcomes change; the message shows the transitions, the criteria and the first changed households.</exception>
    public static ImpactReport AssertAtMostChanged(
        IEnumerable<Household?> sample, PolicyProfile baseline, PolicyProfile changed, double maxChangedPercent, PolicyComparison? comparison = null)
    {
        ArgumentNullException.ThrowIfNull(sample);
        if (double.IsNaN(maxChangedPercent) || maxChangedPercent is < 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(maxChangedPercent), maxChangedPercent, "The allowed share of changed outcomes is a percentage from 0 to 100.");
        }

        comparison ??= new PolicyComparison(ScenarioRunner.Default.Engine);
        var report = comparison.Compare(sample, baseline, changed, new ComparisonOptions { MaxChangedRecords = ShownRecords });
        var households = report.Households;
        if (households.Records == 0)
        {
            throw new ArgumentException("The sample is empty: an empty sample guards nothing.", nameof(sample));
        }

        var percent = 100.0 * households.ChangedShare;
        return percent <= maxChangedPercent ? report : throw new SnapshotGuardException(report, percent, maxChangedPercent);
    }
}
