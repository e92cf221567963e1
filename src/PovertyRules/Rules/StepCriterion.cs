using System.Linq.Expressions;

namespace PovertyRules.Rules;

/// <summary>
/// The criterion of a yes/no record — a procedure step, a village facility: met when recorded done or present, not
/// met when recorded not, unknown when not recorded. <see cref="StepRule{TFact}"/> is its rule.
/// </summary>
/// <typeparam name="TFact">The level's fact.</typeparam>
internal sealed class StepCriterion<TFact> : Criterion<TFact>
{
    /// <param name="id">The rule id.</param>
    /// <param name="kind">Exit criterion (a facility) or procedure step.</param>
    /// <param name="nameEn">The criterion's English name.</param>
    /// <param name="nameZh">The criterion's Chinese name.</param>
    /// <param name="done">The record's yes/no value, read from the fact.</param>
    /// <param name="explain">The evidence of the recorded value on the fact.</param>
    /// <param name="appliesUnder">Whether the profile requires it; always when <c>null</c>.</param>
    public StepCriterion(
        string id,
        CriterionKind kind,
        string nameEn,
        string nameZh,
        Expression<Func<TFact, bool?>> done,
        Func<TFact, bool?, Evidence> explain,
        Func<Policy.PolicyProfile, bool>? appliesUnder = null)
        : this(id, kind, nameEn, nameZh, done, done.Compile(), explain, appliesUnder)
    {
    }

    private StepCriterion(
        string id,
        CriterionKind kind,
        string nameEn,
        string nameZh,
        Expression<Func<TFact, bool?>> done,
        Func<TFact, bool?> value,
        Func<TFact, bool?, Evidence> explain,
        Func<Policy.PolicyProfile, bool>? appliesUnder)
        : base(id, kind, nameEn, nameZh, fact => explain(fact, value(fact)), appliesUnder)
    {
        Done = done;
        NotMet = Is(done, false, equal: true);
        Unresolved = Is(done, true, equal: false);
    }

    /// <summary>The record's yes/no value: what the rule's condition reads.</summary>
    public Expression<Func<TFact, bool?>> Done { get; }

    /// <summary><c>done(fact) == false</c>: recorded not done, or absent.</summary>
    public override Expression<Func<TFact, bool>> NotMet { get; }

    /// <summary><c>done(fact) != true</c>: not recorded done.</summary>
    public override Expression<Func<TFact, bool>> Unresolved { get; }

    /// <summary>A procedure step of a level whose steps are cited to <paramref name="citation"/>.</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="nameEn">The step's English name.</param>
    /// <param name="nameZh">The step's Chinese name.</param>
    /// <param name="done">Whether the step is recorded done: a field of the level's procedure record.</param>
    /// <param name="record">The record's path to its procedure, named with the field when a step is not recorded.</param>
    /// <param name="citation">The level's procedure clause.</param>
    public static StepCriterion<TFact> Step(string id, string nameEn, string nameZh, Expression<Func<TFact, bool?>> done, string record, string citation)
    {
        var field = $"{record}.{((MemberExpression)done.Body).Member.Name}";
        return new(id, CriterionKind.ProcedureStep, nameEn, nameZh, done, (_, value) => StepEvidence.Of(value, field, citation));
    }

    private static Expression<Func<TFact, bool>> Is(Expression<Func<TFact, bool?>> value, bool constant, bool equal)
    {
        var right = Expression.Constant(constant, typeof(bool?));
        var body = equal ? Expression.Equal(value.Body, right) : Expression.NotEqual(value.Body, right);
        return Expression.Lambda<Func<TFact, bool>>(body, value.Parameters);
    }
}
