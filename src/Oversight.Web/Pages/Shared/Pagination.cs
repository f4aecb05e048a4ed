using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;

namespace Oversight.Web.Pages;

/// A list's page links: the current query string with only the page number changed, so filters survive paging.
public sealed record Pagination(HttpRequest Request, int Page, int PageCount)
{
    /// Not "page": Razor Pages keeps the page's own name in the route value of that name, which binding reads first.
    public const string QueryName = "p";

    public string Link(int page)
    {
        var query = new QueryBuilder();
        foreach (var (key, value) in Request.Query.Where(q => q.Key != QueryName))
        {
            query.Add(key, value.ToArray()!);
        }

        query.Add(QueryName, page.ToString(CultureInfo.InvariantCulture));
        return Request.Path + query.ToQueryString().Value;
    }
}
