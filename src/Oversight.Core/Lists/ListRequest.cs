using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Oversight.Core.Lists;

/// What a person asked of a list: words to search for, the column to sort by and which way, and the page. Every
/// list of records that can run past a page uses this, so searching, sorting and paging work the same everywhere.
public sealed record ListRequest(string? Search = null, string? Sort = null, bool Descending = false, int Page = 1)
{
    public const int PageSize = 25;

    /// The search words in lower case, or null for none; columns are compared in lower case on both providers,
    /// since PostgreSQL's LIKE is case-sensitive and SQLite's is not.
    public string? Term => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim().ToLowerInvariant();
}

/// One page of a list, with the count of every row that matched.
public sealed record ListPage<T>(IReadOnlyList<T> Rows, int Page, int PageCount, int Total);

/// The columns a list can be sorted by, each a key the database orders by, so sorting happens in the query and a
/// name that is not a column falls back to the list's default rather than failing.
public sealed class ListSorts<T>
{
    private readonly Dictionary<string, Func<IQueryable<T>, bool, IOrderedQueryable<T>>> columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Func<IOrderedQueryable<T>, IOrderedQueryable<T>>> tieBreaks = [];
    private string? defaultColumn;
    private bool defaultDescending;

    /// A column; the first added is the default order unless <see cref="Default"/> names another.
    public ListSorts<T> Add<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        columns[name] = (rows, descending) => descending ? rows.OrderByDescending(key) : rows.OrderBy(key);
        defaultColumn ??= name;
        return this;
    }

    public ListSorts<T> Default(string name, bool descending = false)
    {
        defaultColumn = name;
        defaultDescending = descending;
        return this;
    }

    /// A unique key ordered after the chosen column, so rows with equal values keep one order across pages.
    public ListSorts<T> ThenBy<TKey>(Expression<Func<T, TKey>> key)
    {
        tieBreaks.Add(rows => rows.ThenBy(key));
        return this;
    }

    public bool Has(string? name) => name is not null && columns.ContainsKey(name);

    /// The column and direction actually used for a request.
    public (string Column, bool Descending) Chosen(ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Has(request.Sort) ? (request.Sort!.ToLowerInvariant(), request.Descending) : (defaultColumn!, defaultDescending);
    }

    public IOrderedQueryable<T> Apply(IQueryable<T> rows, ListRequest request)
    {
        var (column, descending) = Chosen(request);
        var ordered = columns[column](rows, descending);
        return tieBreaks.Aggregate(ordered, (current, then) => then(current));
    }
}

public static class ListQueries
{
    private static readonly System.Reflection.MethodInfo Lower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;
    private static readonly System.Reflection.MethodInfo Contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    /// Rows where any of the columns holds the request's words, ignoring case; all rows when there are none. Built
    /// as lower(column) containing the lowered words, which both providers translate (PostgreSQL's LIKE is
    /// case-sensitive, SQLite's is not), so one search behaves the same on either.
    public static IQueryable<T> Matching<T>(this IQueryable<T> rows, ListRequest request, params IReadOnlyList<Expression<Func<T, string?>>> columns)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(columns);
        if (request.Term is not { } term || columns.Count == 0)
        {
            return rows;
        }

        var row = Expression.Parameter(typeof(T), "row");
        var words = Expression.Constant(new SearchTerm(term));
        var any = columns
            .Select(column => (Expression)Expression.AndAlso(
                Expression.NotEqual(new Rebind(column.Parameters[0], row).Visit(column.Body), Expression.Constant(null, typeof(string))),
                Expression.Call(Expression.Call(new Rebind(column.Parameters[0], row).Visit(column.Body), Lower), Contains, Expression.Property(words, nameof(SearchTerm.Value)))))
            .Aggregate(Expression.OrElse);
        return rows.Where(Expression.Lambda<Func<T, bool>>(any, row));
    }

    /// Sorts, counts and takes one page in the database; a page past the end shows the last page.
    public static Task<ListPage<T>> PageAsync<T>(this IQueryable<T> rows, ListSorts<T> sorts, ListRequest request, CancellationToken cancellationToken) =>
        rows.PageAsync(sorts, request, page => page, cancellationToken);

    /// As <see cref="PageAsync{T}(IQueryable{T}, ListSorts{T}, ListRequest, CancellationToken)"/>, shaping the page's
    /// records in the query, so columns a list must not show (withheld text, say) are never read.
    public static async Task<ListPage<TRow>> PageAsync<T, TRow>(this IQueryable<T> rows, ListSorts<T> sorts, ListRequest request,
        Func<IQueryable<T>, IQueryable<TRow>> shape, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sorts);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(shape);
        var total = await rows.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + ListRequest.PageSize - 1) / ListRequest.PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);
        var list = await shape(sorts.Apply(rows, request).Skip((page - 1) * ListRequest.PageSize).Take(ListRequest.PageSize)).ToListAsync(cancellationToken);
        return new ListPage<TRow>(list, page, pageCount, total);
    }
}

/// Holds the words so the query sends them as a parameter rather than writing them into the SQL.
internal sealed record SearchTerm(string Value);

/// Points a column's expression at the row parameter of the combined search.
internal sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
{
    protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
}
