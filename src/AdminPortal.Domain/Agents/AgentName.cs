using System.Linq.Expressions;
using AdminPortal.Domain.Entities;

namespace AdminPortal.Domain.Agents;

/// <summary>
/// How an agent's full name reads everywhere (API, board, widget, activity log, pickers): first, middle when given, last.
/// <see cref="Of(string, string?, string)"/> for rows in memory, <see cref="Expression"/> for queries (sorting, filtering
/// and projecting in SQL); both say the same.
/// </summary>
public static class AgentName
{
    public static Expression<Func<Agent, string>> Expression { get; } = a =>
        a.MiddleName == null || a.MiddleName.Trim() == ""
            ? a.FirstName + " " + a.LastName
            : a.FirstName + " " + a.MiddleName + " " + a.LastName;

    public static string Of(string first, string? middle, string last) =>
        string.IsNullOrWhiteSpace(middle) ? $"{first} {last}" : $"{first} {middle} {last}";

    /// <summary>The name of the agent a row points at, as a query expression (e.g. the <c>agent_name</c> of an OperatorStatus).</summary>
    public static Expression<Func<T, string>> Of<T>(Expression<Func<T, Agent?>> agent)
    {
        var body = new Substitution(Expression.Parameters[0], agent.Body).Visit(Expression.Body);
        return System.Linq.Expressions.Expression.Lambda<Func<T, string>>(body, agent.Parameters);
    }

    private sealed class Substitution(ParameterExpression parameter, Expression replacement) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? replacement : node;
    }
}
