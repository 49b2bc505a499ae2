using System.Linq.Expressions;

namespace JsonApi.Queries;

/// <summary>Inlines a lambda body with its parameter replaced by another expression.</summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
{
    public static Expression Inline(LambdaExpression lambda, Expression argument) =>
        new ParameterReplacer(lambda.Parameters[0], argument).Visit(lambda.Body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : base.VisitParameter(node);
}
