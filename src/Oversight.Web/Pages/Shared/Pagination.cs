using Microsoft.AspNetCore.Http.Extensions;

namespace Oversight.Web.Pages;

/// Previous and next links for a paged list, keeping the request's other query values (its search).
public sealed record Pagination(int Page, int PageCount, string Previous, string Next)
{
    public static Pagination For(HttpRequest request, int page, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(page, pageCount, Link(request, page - 1), Link(request, page + 1));
    }

    public static string Link(HttpRequest request, int page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryBuilder();
        foreach (var (key, value) in request.Query.Where(q => q.Key != "page"))
        {
            query.Add(key, value.ToArray()!);
        }

        query.Add("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return request.Path + query.ToQueryString().Value;
    }
}
