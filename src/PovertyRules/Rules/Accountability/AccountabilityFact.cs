using PovertyRules.Model;

namespace PovertyRules.Rules.Accountability;

/// <summary>
/// The one fact an accountability rule matches: the county's record, the parameters resolved for it, and what the
/// criteria compare — the proposed transfers, the years and the two leaders' runs of grades counted item by item, the
/// villages and households without assistance — computed once when the fact is built; the rules record their verdicts on it.
/// </summary>
internal sealed class AccountabilityFact : LevelFact
{
    public AccountabilityFact(CountyAccountability record, AccountabilityParameters parameters)
    {
        Record = record;
        Parameters = parameters;
        Transfers = TransferBeforeDecappingRule.Count(record);
        Targets = AnnualTargetVetoRule.Count(record);
        SecretaryPromotion = PromotionRun.Count(record, parameters, LeaderRole.PartySecretary);
        HeadPromotion = PromotionRun.Count(record, parameters, LeaderRole.CountyHead);
        VillagesWithoutTaskForce = TaskForceCoverageRule.Uncovered(record.Assistance);
        HouseholdsWithoutHelper = ResponsibleHelperCoverageRule.Uncovered(record.Assistance);
    }

    public CountyAccountability Record { get; }

    public AccountabilityParameters Parameters { get; }

    /// <summary>Proposed transfers known to breach the rule, and those an input is missing for (1 when the transfers are not recorded).</summary>
    public Tally Transfers { get; }

    /// <summary>Years whose reduction target is known missed, and years not known to be met (1 when no year is recorded).</summary>
    public Tally Targets { get; }

    /// <summary>The party secretary's run: the run's years and the tenure known to fail, and those undecided.</summary>
    public Tally SecretaryPromotion { get; }

    /// <summary>The county head's run: the run's years and the tenure known to fail, and those undecided.</summary>
    public Tally HeadPromotion { get; }

    /// <summary>Registered poor villages without a resident task force; <c>null</c> when not counted.</summary>
    public int? VillagesWithoutTaskForce { get; }

    /// <summary>Registered poor households without a responsible helper; <c>null</c> when not counted.</summary>
    public int? HouseholdsWithoutHelper { get; }

    /// <inheritdoc />
    public override int ApplicableMask => Parameters.ApplicableMask;

    /// <inheritdoc />
    public override Policy.PolicyProfile Profile => Parameters.Profile;
}
