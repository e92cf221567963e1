using PovertyRules.Rules;
using PovertyRules.Rules.Monitoring;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

/// <summary>
/// One household's relapse-monitoring classification (防止返贫动态监测, 2021 onwards): the risks it carries — each a
/// finding with the actual values and thresholds, several at once possible — the categories they put it in, the
/// category the register records, and whether its risk counts as eliminated. Immutable.
/// </summary>
public sealed class MonitoringAssessment
{
    internal MonitoringAssessment(MonitoringFact fact, Receipt receipt)
    {
        var household = fact.Household;
        HouseholdId = household.Id;
        VillageCode = household.VillageCode;
        RecordedCategory = fact.Record.RecordedCategory;
        MemberCount = household.Members.Count;
        Registered = !fact.NeverRegistered;
        Receipt = receipt;
        var catalog = MonitoringCriteria.Catalog;
        var verdicts = catalog.Verdicts(fact);
        // Findings (with their text) are built only when read: a bulk run that counts outcomes never formats them.
        _findings = new Lazy<IReadOnlyList<Finding>>(() => catalog.Findings(fact, verdicts));
        Risks = catalog.Ids(verdicts.NotMet);
        UnknownCriteria = catalog.Ids(verdicts.Unknown);
        Status = verdicts.NotMet != 0 ? MonitoringStatus.AtRisk
            : verdicts.Unknown != 0 ? MonitoringStatus.Undetermined
            : MonitoringStatus.NotAtRisk;
        var categories = new List<MonitoringCategory>();
        foreach (var criterion in MonitoringCriteria.Catalog.All)
        {
            var category = MonitoringCriteria.CategoryOf[criterion.Index];
            if ((verdicts.NotMet & (1 << criterion.Index)) != 0 && !categories.Contains(category))
            {
                categories.Add(category);
            }
        }

        Categories = categories.AsReadOnly();
        var elimination = RiskEliminationCriteria.Catalog.Verdicts(fact.Elimination);
        var eliminationStatus = RecordedCategory is null && Status == MonitoringStatus.NotAtRisk ? RiskEliminationStatus.NotMonitored
            : elimination.NotMet != 0 ? RiskEliminationStatus.NotEliminated
            : elimination.Unknown != 0 ? RiskEliminationStatus.Undetermined
            : RiskEliminationStatus.Eliminated;
        Elimination = new RiskElimination(eliminationStatus, fact.Elimination, elimination);
        Errors = [];
    }

    private MonitoringAssessment(HouseholdRecord? household, IReadOnlyList<InputError> errors, Receipt receipt)
    {
        HouseholdId = household?.Id;
        VillageCode = household?.VillageCode;
        RecordedCategory = household?.Monitoring?.RecordedCategory;
        MemberCount = household?.Members?.Count ?? 0;
        Status = MonitoringStatus.InvalidInput;
        Errors = errors;
        Receipt = receipt;
        _findings = new Lazy<IReadOnlyList<Finding>>(static () => []);
        Risks = [];
        UnknownCriteria = [];
        Categories = [];
    }

    /// <summary>户编号 as recorded; <c>null</c> for a null record.</summary>
    public string? HouseholdId { get; }

    /// <summary>The village code as recorded; <c>null</c> for a null record.</summary>
    public string? VillageCode { get; }

    /// <summary>The outcome.</summary>
    public MonitoringStatus Status { get; }

    /// <summary>The household's members as recorded (0 for a null record).</summary>
    public int MemberCount { get; }

    /// <summary>Whether the household is or was on the poverty register; <c>null</c> when not recorded or the record is invalid.</summary>
    public bool? Registered { get; }

    /// <summary>The categories the risks found put the household in, in the order of <see cref="MonitoringCategory"/>'s risks; empty when none holds.</summary>
    public IReadOnlyList<MonitoringCategory> Categories { get; }

    /// <summary>The category the register records (易返贫致贫户(监测对象)类型); <c>null</c> when none is recorded.</summary>
    public MonitoringCategory? RecordedCategory { get; }

    private readonly Lazy<IReadOnlyList<Finding>> _findings;

    /// <summary>One finding per risk, in report order: not met means the household carries it. Empty for invalid input.</summary>
    public IReadOnlyList<Finding> Findings => _findings.Value;

    /// <summary>The ids of the risks the household carries (e.g. <c>MON-UNSTABLE-INCOME</c>).</summary>
    public IReadOnlyList<string> Risks { get; }

    /// <summary>The ids of the risks that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria { get; }

    /// <summary>Whether the household's risk counts as eliminated; <c>null</c> for invalid input.</summary>
    public RiskElimination? Elimination { get; }

    /// <summary>Why the record was rejected; empty unless the status is invalid input.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The profile, the hash of the parameters monitoring reads and the monitoring rule-set version.</summary>
    public Receipt Receipt { get; }

    /// <summary>Whether the record was rejected as malformed.</summary>
    public bool IsInvalidInput => Status == MonitoringStatus.InvalidInput;

    /// <summary>Whether a risk of <paramref name="category"/> holds.</summary>
    public bool Carries(MonitoringCategory category) => Categories.Contains(category);

    /// <summary><c>id: status [risks]</c>, or <c>id: status (errors)</c> for invalid input.</summary>
    public override string ToString() =>
        IsInvalidInput
            ? $"{HouseholdId}: {Status} ({string.Join("; ", Errors)})"
            : $"{HouseholdId}: {Status}{(Risks.Count > 0 ? $" [{string.Join(", ", Risks)}]" : string.Empty)}";

    internal static MonitoringAssessment Invalid(HouseholdRecord? household, IReadOnlyList<InputError> errors, Receipt receipt) =>
        new(household, errors, receipt);
}
