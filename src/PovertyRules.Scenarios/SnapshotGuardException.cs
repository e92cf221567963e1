using System.Globalization;
using System.Text;
using PovertyRules.Comparison;

namespace PovertyRules.Scenarios;

/// <summary>A policy change that moves more outcomes of the guarded sample than allowed.</summary>
public sealed class SnapshotGuardException : Exception
{
    internal SnapshotGuardException(ImpactReport report, double changedPercent, double allowedPercent)
        : base(Describe(report, changedPercent, allowedPercent))
    {
        Report = report;
        ChangedPercent = changedPercent;
        AllowedPercent = allowedPercent;
    }

    /// <summary>The comparison's report.</summary>
    public ImpactReport Report { get; }

    /// <summary>The share of the sample whose outcome changed, in percent.</summary>
    public double ChangedPercent { get; }

    /// <summary>The largest share allowed, in percent.</summary>
    public double AllowedPercent { get; }

    private static string Describe(ImpactReport report, double changedPercent, double allowedPercent)
    {
        var households = report.Households;
        var text = new StringBuilder()
            .Append(CultureInfo.InvariantCulture,
                $"{changedPercent:0.##}% of the sample ({households.Changed:N0} of {households.Records:N0} households) changes outcome between {report.Baseline.ProfileId} and {report.Changed.ProfileId}; at most {allowedPercent:0.##}% is allowed.")
            .AppendLine()
            .Append(report);
        text.Append("First changed households:").AppendLine();
        foreach (var record in households.ChangedRecords)
        {
            text.Append("  ").Append(record).AppendLine();
        }

        return text.ToString();
    }
}
