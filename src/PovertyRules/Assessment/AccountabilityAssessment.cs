using PovertyRules.Model;
using PovertyRules.Rules;
using PovertyRules.Rules.Accountability;

namespace PovertyRules.Assessment;

/// <summary>
/// The result of checking one county's cadre accountability: the status of its duties, one finding per rule (the
/// duties, then priority in promotion for each leader), the years vetoed, the transfers that breach the rule, the
/// leaders flagged for priority in promotion, the assistance coverage and a receipt. Immutable.
/// </summary>
public sealed class AccountabilityAssessment
{
    internal AccountabilityAssessment(AccountabilityFact fact, Receipt receipt)
        : this(fact, AccountabilityCriteria.Catalog.Summarise(fact), receipt)
    {
    }

    private AccountabilityAssessment(AccountabilityFact fact, CriteriaSummary summary, Receipt receipt)
    {
        var record = fact.Record;
        Record = record;
        Receipt = receipt;
        Findings = summary.Findings;
        FailedCriteria = summary.Failed;
        UnknownCriteria = summary.Unknown;
        Errors = [];
        var duties = AccountabilityCriteria.Catalog.MaskOf(CriterionKind.Accountability);
        Status = (summary.Verdicts.NotMet & duties) != 0 ? AccountabilityStatus.Breach
            : (summary.Verdicts.Unknown & duties) != 0 ? AccountabilityStatus.Undetermined
            : AccountabilityStatus.Compliant;
        VetoedYears = [.. (record.Years ?? []).Where(y => AnnualTargetVetoRule.TargetMet(y) == false).Select(y => y.Year).Order()];
        BreachingTransfers = [.. (record.ProposedTransfers ?? []).Where(t => TransferBeforeDecappingRule.Judge(t, record) == Verdict.NotMet)];
        var flagged = new List<LeaderRole>();
        if (Met(summary, SecretaryPromotionPriorityRule.Id))
        {
            flagged.Add(LeaderRole.PartySecretary);
        }

        if (Met(summary, HeadPromotionPriorityRule.Id))
        {
            flagged.Add(LeaderRole.CountyHead);
        }

        PromotionPriority = flagged.AsReadOnly();
        Coverage = record.Assistance is { } a ? new AssistanceCoverage(a.PoorVillages, a.VillagesWithTaskForce, a.PoorHouseholds, a.HouseholdsWithHelper) : null;
    }

    private AccountabilityAssessment(CountyAccountability? record, IReadOnlyList<InputError> errors, Receipt receipt)
    {
        Record = record;
        Receipt = receipt;
        Errors = errors;
        Status = AccountabilityStatus.InvalidInput;
        Findings = [];
        FailedCriteria = [];
        UnknownCriteria = [];
        VetoedYears = [];
        BreachingTransfers = [];
        PromotionPriority = [];
    }

    /// <summary>The county's record as assessed; <c>null</c> when a null record was passed.</summary>
    public CountyAccountability? Record { get; }

    /// <summary>The county's 6-digit code as recorded.</summary>
    public string? Code => Record?.Code;

    /// <summary>The outcome of the county's duties (priority in promotion has no say in it).</summary>
    public AccountabilityStatus Status { get; }

    /// <summary>One finding per rule, in report order: the duties, then priority in promotion; empty for invalid input.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>The ids of the rules not met (a breached duty, or a leader not flagged for priority in promotion).</summary>
    public IReadOnlyList<string> FailedCriteria { get; }

    /// <summary>The ids of the rules that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria { get; }

    /// <summary>The years whose reduction target is known missed: vetoed in that year's assessment (一票否决), in order.</summary>
    public IReadOnlyList<int> VetoedYears { get; }

    /// <summary>The proposed transfers known to breach the rule against transfers before de-capping.</summary>
    public IReadOnlyList<ProposedTransfer> BreachingTransfers { get; }

    /// <summary>The leaders flagged for priority in promotion (优先提拔使用).</summary>
    public IReadOnlyList<LeaderRole> PromotionPriority { get; }

    /// <summary>The county's assistance coverage; <c>null</c> when the record counts none.</summary>
    public AssistanceCoverage? Coverage { get; }

    /// <summary>Why the record was rejected; empty unless the status is invalid input.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The profile, the hash of the accountability parameters and the rule-set version the result was decided with.</summary>
    public Receipt Receipt { get; }

    /// <summary>Whether the record was rejected as malformed (<see cref="Errors"/> says why).</summary>
    public bool IsInvalidInput => Status == AccountabilityStatus.InvalidInput;

    /// <summary>Whether the rule with this id is not met.</summary>
    public bool Failed(string ruleId) => FailedCriteria.Contains(ruleId);

    /// <summary><c>code: status [failed rules]</c>, or <c>code: status (errors)</c> for invalid input.</summary>
    public override string ToString() =>
        IsInvalidInput
            ? $"{Code}: {Status} ({string.Join("; ", Errors)})"
            : $"{Code}: {Status}{(FailedCriteria.Count > 0 ? $" [{string.Join(", ", FailedCriteria)}]" : string.Empty)}";

    internal static AccountabilityAssessment Invalid(CountyAccountability? record, IReadOnlyList<InputError> errors, Receipt receipt) =>
        new(record, errors, receipt);

    private static bool Met(CriteriaSummary summary, string id) =>
        summary.Findings.Any(f => f.RuleId == id && f.Outcome == Outcome.Met);
}
