using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;
using PovertyRules.Rules;

namespace PovertyRules.Tests.Conventions;

/// <summary>
/// Reads the compiled rule model (NRules.RuleModel) of rule classes and reports what breaks the house rule shape: a
/// condition or action may compare and combine fields the fact computed when it was built, and call only the one
/// threshold comparison (<see cref="Measure"/>, <see cref="Threshold"/>) and the verdict recorder; it may not be a
/// call to a helper that computes the criterion, read a <see cref="Verdict"/>, or loop over a collection.
/// </summary>
internal static class RuleShape
{
    private static readonly Type[] AllowedCallTargets = [typeof(Measure), typeof(Threshold), typeof(Nullable<>)];

    public static IReadOnlyList<IRuleDefinition> Definitions(IEnumerable<Type> ruleTypes)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From([.. ruleTypes]));
        return [.. repository.GetRules()];
    }

    public static IReadOnlyList<LambdaExpression> Conditions(IRuleDefinition rule) =>
        [.. Patterns(rule.LeftHandSide).SelectMany(p => p.Expressions).Select(e => e.Expression)];

    public static IReadOnlyList<LambdaExpression> Actions(IRuleDefinition rule) =>
        [.. rule.RightHandSide.Actions.Select(a => a.Expression)];

    /// <summary>Every way the rule's conditions and actions break the shape, each naming the rule and the expression.</summary>
    public static IReadOnlyList<string> Violations(IRuleDefinition rule)
    {
        var problems = new List<string>();
        foreach (var condition in Conditions(rule))
        {
            if (IsOnlyAHelperCall(condition.Body))
            {
                problems.Add($"{rule.Name}: the condition {condition} is nothing but a call to a helper; write the predicate over the fact's fields");
            }

            problems.AddRange(Reads(condition).Select(p => $"{rule.Name}: condition {condition}: {p}"));
        }

        foreach (var action in Actions(rule))
        {
            problems.AddRange(Reads(action, allowRecord: true).Select(p => $"{rule.Name}: action {action}: {p}"));
        }

        return problems;
    }

    /// <summary>Every way a criterion's predicate outside the rule (its unresolved test) breaks the shape.</summary>
    public static IReadOnlyList<string> Violations(string owner, LambdaExpression predicate)
    {
        var problems = new List<string>();
        if (IsOnlyAHelperCall(predicate.Body))
        {
            problems.Add($"{owner}: the predicate {predicate} is nothing but a call to a helper; write it over the fact's fields");
        }

        problems.AddRange(Reads(predicate).Select(p => $"{owner}: predicate {predicate}: {p}"));
        return problems;
    }

    private static IEnumerable<PatternElement> Patterns(RuleElement element) =>
        element switch
        {
            PatternElement pattern => [pattern],
            GroupElement group => group.ChildElements.SelectMany(Patterns),
            _ => [],
        };

    /// <summary>A call (or a call compared with a constant, or negated) whose arguments are only the fact itself.</summary>
    private static bool IsOnlyAHelperCall(Expression body)
    {
        while (true)
        {
            switch (body)
            {
                case UnaryExpression { NodeType: ExpressionType.Not or ExpressionType.Convert } unary:
                    body = unary.Operand;
                    continue;
                case BinaryExpression { Right: ConstantExpression } binary when binary.NodeType is ExpressionType.Equal or ExpressionType.NotEqual:
                    body = binary.Left;
                    continue;
                case MethodCallExpression call:
                    return (call.Object is null or ParameterExpression) && call.Arguments.All(a => a is ParameterExpression or ConstantExpression);
                case InvocationExpression:
                    return true;
                default:
                    return false;
            }
        }
    }

    private static List<string> Reads(LambdaExpression expression, bool allowRecord = false)
    {
        var visitor = new ReadVisitor(allowRecord);
        visitor.Visit(expression.Body);
        return visitor.Problems;
    }

    private sealed class ReadVisitor(bool allowRecord) : ExpressionVisitor
    {
        public List<string> Problems { get; } = [];

        public override Expression? Visit(Expression? node)
        {
            if (node is not null && (node.Type == typeof(Verdict) || Nullable.GetUnderlyingType(node.Type) == typeof(Verdict)))
            {
                Problems.Add($"reads a verdict ({node}): the verdict must follow from the predicate, not be computed before it");
            }

            return base.Visit(node);
        }

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            var target = node.Method.DeclaringType!;
            var generic = target.IsGenericType ? target.GetGenericTypeDefinition() : target;
            var recording = allowRecord && node.Method.Name == nameof(LevelFact.RecordNotMet) && typeof(LevelFact).IsAssignableFrom(target);
            if (!recording && !AllowedCallTargets.Contains(generic))
            {
                Problems.Add($"calls {target.Name}.{node.Method.Name}: only the threshold comparison may be called");
            }

            return base.VisitMethodCall(node);
        }

        protected override Expression VisitInvocation(InvocationExpression node)
        {
            Problems.Add($"invokes a delegate ({node}): the criterion would be computed out of sight");
            return base.VisitInvocation(node);
        }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member is PropertyInfo property && !IsStored(property))
            {
                Problems.Add($"reads {property.DeclaringType!.Name}.{property.Name}, which is computed on every read: read a field the fact computed once");
            }

            return base.VisitMember(node);
        }

        /// <summary>An auto-property (or one backed by the <c>field</c> keyword): reading it computes nothing.</summary>
        private static bool IsStored(PropertyInfo property)
        {
            var backing = property.DeclaringType!.GetField($"<{property.Name}>k__BackingField", BindingFlags.Instance | BindingFlags.NonPublic);
            return backing is not null && backing.IsDefined(typeof(CompilerGeneratedAttribute));
        }
    }
}
