using System.Linq.Expressions;

namespace PovertyRules.Rules;

/// <summary>Rewrites an expression tree with one parameter replaced, to combine predicates over one fact.</summary>
internal sealed class ParameterRebind(ParameterExpression from, Expression to) : ExpressionVisitor
{
    /// <summary>The body of <paramref name="lambda"/> with its single parameter replaced by <paramref name="fact"/>.</summary>
    public static Expression Body(LambdaExpression lambda, Expression fact) => new ParameterRebind(lambda.Parameters[0], fact).Visit(lambda.Body);

    /// <inheritdoc />
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
}
