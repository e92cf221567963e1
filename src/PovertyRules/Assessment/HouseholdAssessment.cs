using PovertyRules.Rules;
using PovertyRules.Rules.Household;
using PovertyRules.Rules.Packs;
using HouseholdRecord = PovertyRules.Model.Household;

namespace PovertyRules.Assessment;

/// <summary>
/// The result of assessing one household: its status, one finding per applicable criterion and a receipt. Immutable.
/// </summary>
/// <remarks>
/// The findings are built on first access (bulk runs that read only the status and the failed criteria do not pay
/// for their text); they are the same on every access.
/// </remarks>
public sealed class HouseholdAssessment
{
    private readonly HouseholdFact? _fact;
    private readonly Verdicts _verdicts;
    private readonly IReadOnlyList<string> _packFailed = [];
    private readonly IReadOnlyList<string> _packUnknown = [];
    private IReadOnlyList<Finding>? _findings;

    internal HouseholdAssessment(HouseholdFact fact, Receipt receipt)
    {
        _fact = fact;
        _verdicts = HouseholdCriteria.Catalog.Verdicts(fact);
        HouseholdId = fact.Household.Id;
        VillageCode = fact.Household.VillageCode;
        MemberCount = fact.Household.Members.Count;
        var conclusion = StatusPrecedence.Conclude(HouseholdCriteria.Catalog, _verdicts);
        if (fact.Packs is { } packs)
        {
            (_packFailed, _packUnknown, conclusion) = PackVerdicts(packs, conclusion);
        }

        Status = StatusPrecedence.Household(conclusion);
        Source = fact.Household.Source;
        Receipt = WithAssumptions(receipt, fact.Household);
        Errors = [];
    }

    private HouseholdAssessment(HouseholdRecord? household, IReadOnlyList<InputError> errors, Receipt receipt)
    {
        HouseholdId = household?.Id;
        VillageCode = household?.VillageCode;
        MemberCount = household?.Members?.Count ?? 0;
        Status = HouseholdStatus.InvalidInput;
        Source = household?.Source;
        Receipt = household is null ? receipt : WithAssumptions(receipt, household);
        Errors = errors;
        _findings = [];
    }

    /// <summary>The household's register number (户编号); <c>null</c> only for a null record in a bulk run.</summary>
    public string? HouseholdId { get; }

    /// <summary>The household's village code as recorded (possibly malformed when the status is invalid input).</summary>
    public string? VillageCode { get; }

    /// <summary>How many members the household has: the registered poor people it stands for.</summary>
    public int MemberCount { get; }

    /// <summary>The outcome.</summary>
    public HouseholdStatus Status { get; }

    /// <summary>Where the household's first row was read from; <c>null</c> for a record built in code.</summary>
    public Model.SourceLocation? Source { get; }

    /// <summary>Why the record was rejected; empty unless <see cref="Status"/> is <see cref="HouseholdStatus.InvalidInput"/>.</summary>
    public IReadOnlyList<InputError> Errors { get; }

    /// <summary>The profile, parameter hash and rule-set version the decision was made with.</summary>
    public Receipt Receipt { get; }

    /// <summary>One finding per criterion that applies under the profile, in report order; empty for invalid input.</summary>
    public IReadOnlyList<Finding> Findings
    {
        get
        {
            if (_findings is null)
            {
                Interlocked.CompareExchange(ref _findings, AllFindings(), null);
            }

            return _findings;
        }
    }

    /// <summary>The fact the household was assessed on (its record and the profile's parameters); <c>null</c> for invalid input.</summary>
    internal HouseholdFact? Fact => _fact;

    /// <summary>The national criteria's verdicts as bit masks (bit <c>1 &lt;&lt; criterion.Index</c>), without the ids' lists.</summary>
    internal Verdicts Verdicts => _verdicts;

    /// <summary>The ids of the criteria that are not met (for exclusions: the categories the household falls in).</summary>
    public IReadOnlyList<string> FailedCriteria => Join(HouseholdCriteria.Catalog.Ids(_verdicts.NotMet), _packFailed);

    /// <summary>The ids of the criteria that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria => Join(HouseholdCriteria.Catalog.Ids(_verdicts.Unknown), _packUnknown);

    /// <summary>Whether the criterion with this rule id is not met.</summary>
    public bool Failed(string ruleId) => FailedCriteria.Contains(ruleId);

    /// <summary><c>id: status [failed criteria]</c>.</summary>
    public override string ToString() =>
        Status == HouseholdStatus.InvalidInput
            ? $"{HouseholdId}: {Status} ({string.Join("; ", Errors)})"
            : $"{HouseholdId}: {Status}{(_verdicts.NotMet != 0 || _packFailed.Count > 0 ? $" [{string.Join(", ", FailedCriteria)}]" : string.Empty)}";

    /// <summary>Whether <paramref name="other"/> has the same status and the same verdict on every criterion (a live register's cheap test for "nothing moved").</summary>
    internal bool SameVerdicts(HouseholdAssessment other) =>
        Status == other.Status && _verdicts == other._verdicts && _packFailed.SequenceEqual(other._packFailed) && _packUnknown.SequenceEqual(other._packUnknown);

    internal static HouseholdAssessment Invalid(HouseholdRecord? household, IReadOnlyList<InputError> errors, Receipt receipt) =>
        new(household, errors, receipt);

    /// <summary>
    /// The packs' failed and unknown criteria, and the conclusion with their exit criteria taken in: one not met is a
    /// failure unless the household is excluded; one unknown leaves a household that would pass undetermined.
    /// </summary>
    private static (IReadOnlyList<string> Failed, IReadOnlyList<string> Unknown, Conclusion Conclusion) PackVerdicts(
        (RulePack Pack, PackCheck Check)[] packs, Conclusion conclusion)
    {
        List<string>? failed = null;
        List<string>? unknown = null;
        var exitFailed = false;
        var exitUnknown = false;
        foreach (var (pack, check) in packs)
        {
            var criteria = pack.AllCriteria;
            for (var i = 0; i < criteria.Count; i++)
            {
                var outcome = check.OutcomeAt(i);
                if (outcome == Outcome.Met)
                {
                    continue;
                }

                var exit = criteria[i].Role == PackCriterionRole.ExitCriterion;
                if (outcome == Outcome.NotMet)
                {
                    (failed ??= []).Add(criteria[i].Id);
                    exitFailed |= exit;
                }
                else
                {
                    (unknown ??= []).Add(criteria[i].Id);
                    exitUnknown |= exit;
                }
            }
        }

        if (exitFailed && conclusion is Conclusion.Pass or Conclusion.ProcedurePending or Conclusion.Undetermined)
        {
            conclusion = Conclusion.Fail;
        }
        else if (exitUnknown && conclusion is Conclusion.Pass or Conclusion.ProcedurePending)
        {
            conclusion = Conclusion.Undetermined;
        }

        return (failed?.AsReadOnly() ?? (IReadOnlyList<string>)[], unknown?.AsReadOnly() ?? (IReadOnlyList<string>)[], conclusion);
    }

    private IReadOnlyList<Finding> AllFindings()
    {
        var national = HouseholdCriteria.Catalog.Findings(_fact!, _verdicts);
        if (_fact!.Packs is not { } packs)
        {
            return national;
        }

        var all = new List<Finding>(national);
        foreach (var (pack, check) in packs)
        {
            var criteria = pack.AllCriteria;
            for (var i = 0; i < criteria.Count; i++)
            {
                all.Add(PackFinding(criteria[i], check.OutcomeAt(i), criteria[i].Explain(check)));
            }
        }

        return all.AsReadOnly();
    }

    private static Finding PackFinding(IPackCriterion criterion, Outcome outcome, CriterionEvidence evidence) =>
        Finding.Compose(
            criterion.Id,
            criterion.Role == PackCriterionRole.ExitCriterion ? CriterionKind.ExitCriterion : CriterionKind.Reported,
            outcome,
            criterion.NameEn,
            criterion.NameZh,
            evidence.Actual,
            evidence.Threshold,
            evidence.Parameter,
            evidence.Citation,
            evidence.Verified);

    private static IReadOnlyList<string> Join(IReadOnlyList<string> national, IReadOnlyList<string> packs) =>
        packs.Count == 0 ? national : national.Count == 0 ? packs : [.. national, .. packs];

    private static Receipt WithAssumptions(Receipt receipt, HouseholdRecord household) =>
        household.Assumptions is { Count: > 0 } assumptions ? receipt with { Assumptions = assumptions } : receipt;
}
