using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.Rendering;
using Oversight.Core.Lists;
using Oversight.Web.Components;

namespace Oversight.Web.Lists;

/// A list's state as it travels in the query string (?q=words&amp;sort=column&amp;order=desc&amp;p=2 plus the list's own
/// filters), so any view of a list is a link someone can bookmark or send. Pages read it with <see cref="Read"/>, ask
/// Core for a <see cref="ListPage{T}"/>, and render the search form, sortable headers and page links from here.
public sealed class ListView
{
    public const string SearchName = "q";
    public const string SortName = "sort";
    public const string OrderName = "order";

    private ListView(HttpRequest request, ListRequest asked, string column, bool descending, int page, int pageCount, int total)
    {
        Request = request;
        Asked = asked;
        Column = column;
        Descending = descending;
        Page = page;
        PageCount = pageCount;
        Total = total;
    }

    public HttpRequest Request { get; }

    public ListRequest Asked { get; }

    /// The column the rows are sorted by, and which way.
    public string Column { get; }

    public bool Descending { get; }

    public int Page { get; }

    public int PageCount { get; }

    public int Total { get; }

    /// The search words, sort and page asked for in the request.
    public static ListRequest Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = request.Query;
        var page = int.TryParse(query[PageLinks.QueryName], NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 1;
        return new ListRequest(query[SearchName].ToString(), query[SortName].ToString(), query[OrderName] == "desc", page);
    }

    /// The view of a page of rows, which may be shaped from the records the sorts order (a row that hides some of a
    /// record's fields, say).
    public static ListView Of<T, TRow>(HttpRequest request, ListRequest asked, ListSorts<T> sorts, ListPage<TRow> result)
    {
        ArgumentNullException.ThrowIfNull(sorts);
        ArgumentNullException.ThrowIfNull(result);
        var (column, descending) = sorts.Chosen(asked);
        return new ListView(request, asked, column, descending, result.Page, result.PageCount, result.Total);
    }

    public PageLinks Paging => new(Request, Page, PageCount);

    /// "26 results", or "1 result".
    public string Count => Total == 1 ? "1 result" : Total.ToString("N0", CultureInfo.GetCultureInfo("en-GB")) + " results";

    /// A column header that sorts by its column: a link (so keyboard-usable) that sorts ascending, or reverses the
    /// current order when the column is already sorted; aria-sort tells screen readers which column is sorted.
    public IHtmlContent Header(string column, string label)
    {
        var sorted = string.Equals(column, Column, StringComparison.OrdinalIgnoreCase);
        var nextDescending = sorted && !Descending;
        var link = new TagBuilder("a");
        link.AddCssClass("govuk-link app-sortable__link");
        link.Attributes["href"] = SortLink(column, nextDescending);
        link.Attributes["data-sort"] = column;
        link.InnerHtml.Append(label);
        var arrow = new TagBuilder("span");
        arrow.Attributes["aria-hidden"] = "true";
        arrow.InnerHtml.Append(sorted ? (Descending ? " ▼" : " ▲") : "");
        link.InnerHtml.AppendHtml(arrow);
        var header = new TagBuilder("th");
        header.AddCssClass("govuk-table__header app-sortable");
        header.Attributes["scope"] = "col";
        if (sorted)
        {
            header.Attributes["aria-sort"] = Descending ? "descending" : "ascending";
        }

        header.InnerHtml.AppendHtml(link);
        return header;
    }

    /// The current link with the sort changed and the page reset to the first, since the rows on page 3 change.
    public string SortLink(string column, bool descending)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in Request.Query.Where(q => q.Key is not (SortName or OrderName or PageLinks.QueryName)))
        {
            query.Add(key, value.ToArray()!);
        }

        query.Add(SortName, column);
        if (descending)
        {
            query.Add(OrderName, "desc");
        }

        return Request.Path + query.ToQueryString().Value;
    }
}

/// A filter on a list: a select whose value travels in the query string under its name. A null blank means the
/// filter always has a value (a year page that always shows one year, say).
public sealed record ListFilter(string Name, string Label, IReadOnlyList<Choice> Choices, string? Value, string? Blank = "Any");

/// The search form above a list: the words box, the list's filters, and the sort kept as it was. Keep names query
/// values the form carries over untouched (a queue chosen by a link, say).
public sealed record ListSearch(ListView View, string SearchLabel, IReadOnlyList<ListFilter> Filters, params IReadOnlyList<string> Keep)
{
    public IEnumerable<KeyValuePair<string, string>> Kept =>
        Keep.Where(View.Request.Query.ContainsKey).Select(k => KeyValuePair.Create(k, View.Request.Query[k].ToString()));

    /// The list with no words or filters, keeping only the kept values.
    public string ClearLink
    {
        get
        {
            var query = new QueryBuilder(Kept);
            return View.Request.Path + query.ToQueryString().Value;
        }
    }
}
