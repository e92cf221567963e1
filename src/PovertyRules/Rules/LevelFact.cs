namespace PovertyRules.Rules;

/// <summary>
/// The verdict collector of a household, village or county fact: rules fire only on exceptions (not met, unknown) and
/// record them here; a required criterion with no firing is met. A class, not a record: NRules tells facts apart by
/// identity.
/// </summary>
internal abstract class LevelFact
{
    private int _notMet;
    private int _unknown;

    /// <summary>Set when a rule's condition threw on this fact; the assessment becomes invalid input.</summary>
    public string? Failure { get; set; }

    public int NotMetMask => _notMet;

    public int UnknownMask => _unknown;

    /// <summary>Bit i set when criterion i of the level's catalog applies to this fact.</summary>
    public abstract int ApplicableMask { get; }

    protected void Record(int index, Verdict verdict)
    {
        var bit = 1 << index;
        switch (verdict)
        {
            case Verdict.NotMet:
                _notMet |= bit;
                break;
            case Verdict.Unknown:
                _unknown |= bit;
                break;
        }
    }
}

/// <summary>What the verdicts of a village or county lead to, before naming it in the level's own terms.</summary>
internal enum LevelConclusion
{
    /// <summary>Every criterion met and every procedure step done.</summary>
    Pass = 1,
    /// <summary>Every criterion met, a procedure step not done or not recorded.</summary>
    ProcedurePending = 2,
    /// <summary>A criterion is known not to be met.</summary>
    Fail = 3,
    /// <summary>No known failure, but a criterion could not be decided.</summary>
    Undetermined = 4,
}

/// <summary>
/// The criteria of a village or county rule set in report order, and the one closed-world step of that level: a
/// criterion that applies and whose rule did not fire is met.
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal sealed class CriteriaCatalog<TFact>
    where TFact : LevelFact
{
    private readonly int _procedureMask;

    public CriteriaCatalog(Criterion<TFact>[] criteria, Type[] ruleTypes)
    {
        for (var i = 0; i < criteria.Length; i++)
        {
            criteria[i].Index = i;
            if (criteria[i].Kind == Evaluation.CriterionKind.ProcedureStep)
            {
                _procedureMask |= 1 << i;
            }
        }

        All = criteria;
        RuleTypes = ruleTypes;
        AllMask = (1 << criteria.Length) - 1;
    }

    public IReadOnlyList<Criterion<TFact>> All { get; }

    /// <summary>The rule classes of the level, compiled into one rule set.</summary>
    public IReadOnlyList<Type> RuleTypes { get; }

    public int AllMask { get; }

    public int MaskOf(Criterion<TFact> criterion) => 1 << criterion.Index;

    /// <summary>The conclusion the verdicts lead to (three-valued: a known failure is decisive over a missing input).</summary>
    public LevelConclusion Conclude(int applicable, int notMet, int unknown)
    {
        notMet &= applicable;
        unknown &= applicable;
        if ((notMet & ~_procedureMask) != 0)
        {
            return LevelConclusion.Fail;
        }

        if ((unknown & ~_procedureMask) != 0)
        {
            return LevelConclusion.Undetermined;
        }

        return ((notMet | unknown) & _procedureMask) != 0 ? LevelConclusion.ProcedurePending : LevelConclusion.Pass;
    }

    /// <summary>The conclusion, findings and failed and unknown criteria of a fact whose rules have fired.</summary>
    public CriteriaSummary Summarise(TFact fact)
    {
        var applicable = fact.ApplicableMask;
        var notMet = fact.NotMetMask & applicable;
        var unknown = fact.UnknownMask & applicable & ~notMet;
        return new CriteriaSummary(Conclude(applicable, notMet, unknown), Findings(fact, applicable, notMet, unknown), Ids(notMet), Ids(unknown));
    }

    /// <summary>One finding per applicable criterion, in report order.</summary>
    public IReadOnlyList<Evaluation.Finding> Findings(TFact fact, int applicable, int notMet, int unknown)
    {
        var findings = new List<Evaluation.Finding>();
        foreach (var criterion in All)
        {
            var bit = 1 << criterion.Index;
            if ((applicable & bit) == 0)
            {
                continue;
            }

            var verdict = (notMet & bit) != 0 ? Verdict.NotMet : (unknown & bit) != 0 ? Verdict.Unknown : Verdict.Met;
            findings.Add(criterion.ToFinding(fact, verdict));
        }

        return findings.AsReadOnly();
    }

    /// <summary>The ids of the criteria whose bits are set in <paramref name="mask"/>, in report order.</summary>
    public IReadOnlyList<string> Ids(int mask)
    {
        if (mask == 0)
        {
            return [];
        }

        var ids = new List<string>();
        foreach (var criterion in All)
        {
            if ((mask & (1 << criterion.Index)) != 0)
            {
                ids.Add(criterion.Id);
            }
        }

        return ids.AsReadOnly();
    }
}

/// <summary>What a level's verdicts come to: the conclusion, one finding per applicable criterion, the failed and unknown ids.</summary>
internal sealed record CriteriaSummary(
    LevelConclusion Conclusion, IReadOnlyList<Evaluation.Finding> Findings, IReadOnlyList<string> Failed, IReadOnlyList<string> Unknown);
