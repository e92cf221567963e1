using System.Linq.Expressions;
using NRules.RuleModel;

namespace PovertyRules.Rules;

/// <summary>
/// The one shape of every rule: it fires when its criterion is not met (<see cref="Criterion{TFact}.NotMet"/>) and
/// records so. A criterion that applies and whose rule did not fire is unknown when
/// <see cref="Criterion{TFact}.Unresolved"/> holds on the fact, and met otherwise (the catalog's closed-world step).
/// The families (a yes/no step, a facility, a measure against a threshold, a count) are written once, in their
/// criteria.
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal abstract class CriterionRule<TFact>(Criterion<TFact> criterion) : Rule
    where TFact : LevelFact
{
    /// <inheritdoc />
    public sealed override void Define()
    {
        TFact fact = default!;
        Expression<Action<IContext>> record = _ => fact.RecordNotMet(criterion.Index);

        When()
            .Match(() => fact, criterion.NotMet);
        Then()
            .Do(record);
    }
}
