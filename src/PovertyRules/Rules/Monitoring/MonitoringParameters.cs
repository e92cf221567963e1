using PovertyRules.Policy;
using PovertyRules.Rules.Household;

namespace PovertyRules.Rules.Monitoring;

/// <summary>A profile's relapse-monitoring parameters resolved once for fast reading by the monitoring and risk-elimination rules.</summary>
internal sealed class MonitoringParameters
{
    /// <exception cref="ArgumentException">The profile sets no monitoring line (a 2014–2020 profile).</exception>
    public MonitoringParameters(PolicyProfile profile)
    {
        Profile = profile;
        Year = profile.Year;
        LineValue = profile.MonitoringLine.Value
            ?? throw new ArgumentException(
                $"Policy profile '{profile.Id}' sets no monitoring line ($.parameters.monitoringLine.value is null): relapse monitoring needs a profile for 2021 onwards, e.g. CN-2021.",
                nameof(profile));
        NotBelowLine = new Threshold(LineValue, PassingSide.AtLeast);
        AboveLine = new Threshold(LineValue, PassingSide.Above);
        ExpenseShare = profile.HardshipExpenseShare.Value;
        DropShare = profile.HardshipIncomeDropShare.Value;
        var years = profile.RiskEliminationYears.Value;
        EliminationYears = [.. Enumerable.Range(profile.Year - years + 1, years)];
        Measure = profile.IncomeMeasure.Value;
        Household = new HouseholdParameters(profile);
        ApplicableMask = MonitoringCriteria.Catalog.ApplicableUnder(profile);
        EliminationMask = RiskEliminationCriteria.Catalog.ApplicableUnder(profile);
    }

    public PolicyProfile Profile { get; }

    /// <summary>The assessment year: its income is tested, against last year's for the hardship tests.</summary>
    public int Year { get; }

    /// <summary>The monitoring line in yuan per person per year.</summary>
    public decimal LineValue { get; }

    /// <summary>Income not below the monitoring line passes: strictly below it is a risk.</summary>
    public Threshold NotBelowLine { get; }

    /// <summary>Income strictly above the monitoring line: what risk elimination needs in each of its years.</summary>
    public Threshold AboveLine { get; }

    /// <summary>The share of last year's household income unavoidable expenses must exceed to be a hardship.</summary>
    public decimal ExpenseShare { get; }

    /// <summary>The share of last year's per-capita income a fall must exceed to be a hardship.</summary>
    public decimal DropShare { get; }

    /// <summary>The years whose income must be above the line for risk elimination, oldest first, ending with <see cref="Year"/>.</summary>
    public int[] EliminationYears { get; }

    public IncomeMeasure Measure { get; }

    /// <summary>The household exit parameters of the same profile: compulsory-school ages for 两不愁三保障.</summary>
    public HouseholdParameters Household { get; }

    /// <summary>Bit i set when criterion i of <see cref="MonitoringCriteria.Catalog"/> applies under this profile.</summary>
    public int ApplicableMask { get; }

    /// <summary>Bit i set when criterion i of <see cref="RiskEliminationCriteria.Catalog"/> applies under this profile.</summary>
    public int EliminationMask { get; }
}
