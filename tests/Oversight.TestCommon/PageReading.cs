using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;

namespace Oversight.TestCommon;

/// What tests of every capability read from a page or the database, written once.
public static class PageReading
{
    /// The GOV.UK error summary's text, or "" when the page shows none.
    public static string ErrorSummary(this IHtmlDocument document) =>
        document.QuerySelector(".govuk-error-summary")?.TextContent ?? "";

    /// The trimmed text of the element marked data-testid, or "".
    public static string Text(this IHtmlDocument document, string testId) =>
        document.QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? "";

    /// Rows read straight from the database rather than through the code under test.
    public static async Task<List<T>> QueryAsync<T>(this HostFixture host, Func<OversightDbContext, IQueryable<T>> query)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OversightDbContext>()).ToListAsync();
    }
}
