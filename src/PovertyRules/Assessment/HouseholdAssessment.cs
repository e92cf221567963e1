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
    // Held by the million in a live register: the record's own fields are read through the record rather than copied
    // here, the two rare parts (the packs' lists, the errors) share one field, and the register keeps the compact
    // form, which holds the parameters instead of the fact and rebuilds the fact from the record when it is needed.
    private readonly HouseholdRecord? _record;
    private readonly object? _basis;
    private readonly object? _rare;
    private readonly Verdicts _verdicts;
    private IReadOnlyList<Finding>? _findings;

    internal HouseholdAssessment(HouseholdFact fact, Receipt receipt)
    {
        _record = fact.Household;
        _basis = fact;
        _verdicts = HouseholdCriteria.Catalog.Verdicts(fact);
        var conclusion = StatusPrecedence.Conclude(HouseholdCriteria.Catalog, _verdicts);
        if (fact.Packs is { } packs)
        {
            (var lists, conclusion) = PackVerdicts(packs, conclusion);
            _rare = lists;
        }

        Status = StatusPrecedence.Household(conclusion);
        Receipt = WithAssumptions(receipt, fact.Household);
    }

    private HouseholdAssessment(HouseholdRecord? household, IReadOnlyList<InputError> errors, Receipt receipt)
    {
        _record = household;
        _rare = errors;
        Status = HouseholdStatus.InvalidInput;
        Receipt = household is null ? receipt : WithAssumptions(receipt, household);
        _findings = [];
    }

    /// <summary>The compact copy of <paramref name="full"/>: the same in every respect, holding its fact's parameters instead of the fact.</summary>
    private HouseholdAssessment(HouseholdAssessment full, HouseholdParameters parameters)
    {
        _record = full._record;
        _basis = parameters;
        _rare = full._rare;
        _verdicts = full._verdicts;
        _findings = full._findings;
        Status = full.Status;
        Receipt = full.Receipt;
    }

    /// <summary>The household's register number (户编号); <c>null</c> only for a null record in a bulk run.</summary>
    public string? HouseholdId => Record?.Id;

    /// <summary>The household's village code as recorded (possibly malformed when the status is invalid input).</summary>
    public string? VillageCode => Record?.VillageCode;

    /// <summary>How many members the household has: the registered poor people it stands for.</summary>
    public int MemberCount => _record?.Members?.Count ?? 0;

    /// <summary>The outcome.</summary>
    public HouseholdStatus Status { get; }

    /// <summary>Where the household's first row was read from; <c>null</c> for a record built in code.</summary>
    public Model.SourceLocation? Source => Record?.Source;

    /// <summary>Why the record was rejected; empty unless <see cref="Status"/> is <see cref="HouseholdStatus.InvalidInput"/>.</summary>
    public IReadOnlyList<InputError> Errors => _rare as IReadOnlyList<InputError> ?? [];

    /// <summary>The profile, parameter hash and rule-set version the decision was made with.</summary>
    public Receipt Receipt { get; }

    /// <summary>One finding per criterion that applies under the profile, in report order; empty for invalid input.</summary>
    public IReadOnlyList<Finding> Findings => _findings ?? LazyField.Keep(ref _findings, AllFindings());

    /// <summary>The fact the household was assessed on (its record and the profile's parameters); <c>null</c> for invalid input.</summary>
    /// <remarks>A compact assessment rebuilds it from the record on each read: the same computed fields, without the firing.</remarks>
    internal HouseholdFact? Fact => _basis as HouseholdFact ?? (_basis is HouseholdParameters parameters ? new HouseholdFact(_record!, parameters) : null);

    /// <summary>The record assessed (the one given, not a copy); <c>null</c> only for a null record in a bulk run.</summary>
    internal HouseholdRecord? Record => _record;

    /// <summary>
    /// This assessment without the fact it was fired on (what a live register holds by the million; the findings and
    /// the distance rebuild the fact from the record); itself when it is invalid input, already compact, or rule packs
    /// applied (their checks are kept with the fact).
    /// </summary>
    internal HouseholdAssessment Compact() =>
        _basis is HouseholdFact { Packs: null } fact ? new HouseholdAssessment(this, fact.Parameters) : this;

    /// <summary>The national criteria's verdicts as bit masks (bit <c>1 &lt;&lt; criterion.Index</c>), without the ids' lists.</summary>
    internal Verdicts Verdicts => _verdicts;

    /// <summary>The ids of the criteria that are not met (for exclusions: the categories the household falls in).</summary>
    public IReadOnlyList<string> FailedCriteria => Join(HouseholdCriteria.Catalog.Ids(_verdicts.NotMet), Packs?.Failed);

    /// <summary>The ids of the criteria that could not be decided for a missing input.</summary>
    public IReadOnlyList<string> UnknownCriteria => Join(HouseholdCriteria.Catalog.Ids(_verdicts.Unknown), Packs?.Unknown);

    /// <summary>Whether the criterion with this rule id is not met.</summary>
    public bool Failed(string ruleId) => FailedCriteria.Contains(ruleId);

    /// <summary><c>id: status [failed criteria]</c>.</summary>
    public override string ToString() =>
        Status == HouseholdStatus.InvalidInput
            ? $"{HouseholdId}: {Status} ({string.Join("; ", Errors)})"
            : $"{HouseholdId}: {Status}{(_verdicts.NotMet != 0 || Packs?.Failed.Count > 0 ? $" [{string.Join(", ", FailedCriteria)}]" : string.Empty)}";

    /// <summary>Whether <paramref name="other"/> has the same status and the same verdict on every criterion (a live register's cheap test for "nothing moved").</summary>
    internal bool SameVerdicts(HouseholdAssessment other) =>
        Status == other.Status && _verdicts == other._verdicts && (Packs?.Failed ?? []).SequenceEqual(other.Packs?.Failed ?? []) && (Packs?.Unknown ?? []).SequenceEqual(other.Packs?.Unknown ?? []);

    internal static HouseholdAssessment Invalid(HouseholdRecord? household, IReadOnlyList<InputError> errors, Receipt receipt) =>
        new(household, errors, receipt);

    /// <summary>
    /// The packs' failed and unknown criteria, and the conclusion with their exit criteria taken in: one not met is a
    /// failure unless the household is excluded; one unknown leaves a household that would pass undetermined.
    /// </summary>
    private static (PackLists? Packs, Conclusion Conclusion) PackVerdicts(
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

        var lists = failed is null && unknown is null ? null
            : new PackLists(failed?.AsReadOnly() ?? (IReadOnlyList<string>)[], unknown?.AsReadOnly() ?? (IReadOnlyList<string>)[]);
        return (lists, conclusion);
    }

    private IReadOnlyList<Finding> AllFindings()
    {
        var fact = Fact!;
        var national = HouseholdCriteria.Catalog.Findings(fact, _verdicts);
        if (fact.Packs is not { } packs)
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

    private static IReadOnlyList<string> Join(IReadOnlyList<string> national, IReadOnlyList<string>? packs) =>
        packs is null || packs.Count == 0 ? national : national.Count == 0 ? packs : [.. national, .. packs];

    private static Receipt WithAssumptions(Receipt receipt, HouseholdRecord household) =>
        household.Assumptions is { Count: > 0 } assumptions ? receipt with { Assumptions = assumptions } : receipt;

    /// <summary>The rule packs' lists, when any pack left a criterion failed or unknown.</summary>
    private PackLists? Packs => _rare as PackLists;

    /// <summary>The rule packs' failed and unknown criteria, when any pack left one.</summary>
    private sealed record PackLists(IReadOnlyList<string> Failed, IReadOnlyList<string> Unknown);
}
