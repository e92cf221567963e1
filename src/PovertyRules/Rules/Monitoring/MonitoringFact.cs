using PovertyRules.Policy;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Rules.Monitoring;

/// <summary>
/// The one fact a relapse-monitoring rule matches: the household, the parameters, and what each risk compares —
/// computed once here, so that the rules' conditions only compare plain fields. Its risk-elimination fact is built
/// with it. A class, not a record: NRules tells facts apart by identity.
/// </summary>
internal sealed class MonitoringFact : LevelFact
{
    private static readonly MonitoringRecord NoRecord = new();

    /// <exception cref="RuleEvaluationException">An income or expense figure is too large to compare (the engine rejects the record).</exception>
    public MonitoringFact(HouseholdRecord household, MonitoringParameters parameters)
    {
        Household = household;
        Parameters = parameters;
        Record = household.Monitoring ?? NoRecord;
        Exited = UnstableIncomeRule.IsExited(household, Record);
        NeverRegistered = MarginalIncomeRule.IsNeverRegistered(household, Record);
        IncomeThisYear = IncomeOf(household, parameters.Year, parameters.Measure);
        IncomeLastYear = IncomeOf(household, parameters.Year - 1, parameters.Measure);
        Income = Measure.Amount(IncomeThisYear);
        Expenses = Measure.Amount(Record.UnavoidableExpenses);
        ExpenseLimit = HardshipExpensesRule.Limit(household, IncomeLastYear, parameters);
        DropLimit = HardshipIncomeDropRule.Limit(IncomeLastYear, parameters);
        Elimination = new RiskEliminationFact(this);
    }

    public HouseholdRecord Household { get; }

    public MonitoringParameters Parameters { get; }

    /// <summary>The monitoring record as recorded; every field unrecorded when the household has none.</summary>
    public MonitoringRecord Record { get; }

    /// <summary>Whether the household exited (脱贫标志 1 or 4); <c>false</c> for one never registered; <c>null</c> when not recorded.</summary>
    public bool? Exited { get; }

    /// <summary>Whether the household was never on the poverty register; <c>null</c> when neither the record nor an exit flag says.</summary>
    public bool? NeverRegistered { get; }

    /// <summary>The assessment year's per-capita income (the profile's measure); <c>null</c> when not recorded.</summary>
    public decimal? IncomeThisYear { get; }

    /// <summary>Last year's per-capita income (the profile's measure); <c>null</c> when not recorded.</summary>
    public decimal? IncomeLastYear { get; }

    /// <summary>The assessment year's per-capita income as a measure.</summary>
    public Measure Income { get; }

    /// <summary>The year's unavoidable expenses of the household as a measure.</summary>
    public Measure Expenses { get; }

    /// <summary>The most unavoidable expenses may reach without a hardship; <c>null</c> when last year's income is not recorded.</summary>
    public Threshold? ExpenseLimit { get; }

    /// <summary>The least income may reach without a hardship fall; <c>null</c> when last year's income is not recorded.</summary>
    public Threshold? DropLimit { get; }

    /// <summary>The household's risk-elimination fact, fired by its own rule set.</summary>
    public RiskEliminationFact Elimination { get; }

    /// <inheritdoc />
    public override int ApplicableMask => Parameters.ApplicableMask;

    /// <inheritdoc />
    public override PolicyProfile Profile => Parameters.Profile;

    /// <summary>The per-capita income of <paramref name="year"/> by <paramref name="measure"/>; <c>null</c> when not recorded.</summary>
    internal static decimal? IncomeOf(HouseholdRecord household, int year, IncomeMeasure measure)
    {
        var incomes = household.Income;
        for (var i = 0; i < incomes.Count; i++)
        {
            if (incomes[i].Year == year)
            {
                return measure == IncomeMeasure.Disposable ? incomes[i].PerCapitaDisposable : incomes[i].PerCapitaNet;
            }
        }

        return null;
    }
}
