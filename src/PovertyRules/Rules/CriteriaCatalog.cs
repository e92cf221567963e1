using System.Linq.Expressions;
using System.Numerics;
using PovertyRules.Policy;

namespace PovertyRules.Rules;

/// <summary>
/// The criteria of one rule set in report order, with their rule classes: which of them apply under a profile, and
/// the one closed-world step of every level — a criterion that applies and whose rule did not fire is met.
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal sealed class CriteriaCatalog<TFact>
    where TFact : LevelFact
{
    public CriteriaCatalog(params (Criterion<TFact> Criterion, Type Rule)[] entries)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i].Criterion.Index = i;
        }

        All = [.. entries.Select(e => e.Criterion)];
        RuleTypes = [.. entries.Select(e => e.Rule)];
        _unresolved = UnresolvedMask(All).Compile();
    }

    private const int IdListBits = 8;
    private const int IdListShift = (sizeof(uint) * 8) - IdListBits;
    private readonly Func<TFact, int> _unresolved;
    private readonly IdList?[] _idLists = new IdList?[1 << IdListBits];

    public IReadOnlyList<Criterion<TFact>> All { get; }

    /// <summary>The rule classes of the level, compiled into one rule set.</summary>
    public IReadOnlyList<Type> RuleTypes { get; }

    /// <summary>
    /// Bit i set when criterion i is not known to be met on <paramref name="fact"/> (its
    /// <see cref="Criterion{TFact}.Unresolved"/> predicate): every criterion's predicate, compiled into one delegate.
    /// </summary>
    public int Unresolved(TFact fact) => _unresolved(fact);

    /// <summary>The predicate of criterion <paramref name="index"/> alone, to name the one that threw.</summary>
    public bool Unresolved(TFact fact, int index) => All[index].Unresolved.Compile()(fact);

    /// <summary>Bit i set when criterion i is of <paramref name="kind"/>.</summary>
    public int MaskOf(CriterionKind kind) => All.Where(c => c.Kind == kind).Aggregate(0, (mask, c) => mask | (1 << c.Index));

    /// <summary>Bit i set when criterion i applies under <paramref name="profile"/> (<see cref="Criterion{TFact}.AppliesUnder"/>).</summary>
    public int ApplicableUnder(PolicyProfile profile) =>
        All.Where(c => c.AppliesUnder(profile)).Aggregate(0, (mask, c) => mask | (1 << c.Index));

    /// <summary>What a fact's firings come to: each applicable criterion not met, unknown or (by the absence of a firing) met.</summary>
    public Verdicts Verdicts(TFact fact)
    {
        var applicable = fact.ApplicableMask;
        var notMet = fact.NotMetMask & applicable;
        return new Verdicts(applicable, notMet, fact.UnknownMask & applicable & ~notMet);
    }

    /// <summary>The verdicts, one finding per applicable criterion, and the failed and unknown ids of a fact whose rules have fired.</summary>
    public CriteriaSummary Summarise(TFact fact)
    {
        var verdicts = Verdicts(fact);
        return new CriteriaSummary(verdicts, Findings(fact, verdicts), Ids(verdicts.NotMet), Ids(verdicts.Unknown));
    }

    /// <summary>One finding per applicable criterion, in report order.</summary>
    public IReadOnlyList<Finding> Findings(TFact fact, Verdicts verdicts)
    {
        var findings = new List<Finding>();
        foreach (var criterion in All)
        {
            var bit = 1 << criterion.Index;
            if ((verdicts.Applicable & bit) != 0)
            {
                findings.Add(criterion.ToFinding(fact, verdicts.Of(bit)));
            }
        }

        return findings.AsReadOnly();
    }

    /// <summary>
    /// The ids of the criteria whose bits are set in <paramref name="mask"/>, in report order. A bulk writer asks this
    /// twice of every household, and households share a few masks: the lists of recent masks are kept (they are
    /// read-only) in a small table indexed by the mask, where a mask that is not there is listed anew and replaces it.
    /// </summary>
    public IReadOnlyList<string> Ids(int mask)
    {
        if (mask == 0)
        {
            return [];
        }

        var slot = (int)(unchecked((uint)mask * 0x9E3779B9u) >> IdListShift);
        if (_idLists[slot] is { } kept && kept.Mask == mask)
        {
            return kept.Ids;
        }

        var ids = new List<string>(BitOperations.PopCount((uint)mask));
        for (var i = 0; i < All.Count; i++)
        {
            if ((mask & (1 << All[i].Index)) != 0)
            {
                ids.Add(All[i].Id);
            }
        }

        var list = ids.AsReadOnly();
        _idLists[slot] = new IdList(mask, list);
        return list;
    }

    /// <summary><c>fact => (unresolved0(fact) ? 1 : 0) | (unresolved1(fact) ? 2 : 0) | …</c>, over one parameter.</summary>
    private static Expression<Func<TFact, int>> UnresolvedMask(IReadOnlyList<Criterion<TFact>> criteria)
    {
        var fact = Expression.Parameter(typeof(TFact), "fact");
        Expression mask = Expression.Constant(0);
        for (var i = 0; i < criteria.Count; i++)
        {
            var predicate = criteria[i].Unresolved;
            var body = ParameterRebind.Body(predicate, fact);
            mask = Expression.Or(mask, Expression.Condition(body, Expression.Constant(1 << i), Expression.Constant(0)));
        }

        return Expression.Lambda<Func<TFact, int>>(mask, fact);
    }

    /// <summary>A mask and its ids, published together (one reference) so that a reader on another thread sees both or neither.</summary>
    private sealed record IdList(int Mask, IReadOnlyList<string> Ids);
}
