using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.TestCommon;
using Oversight.Web.Security;

namespace Oversight.Web.Tests.Security;

/// Every route against every role: each role reaches exactly the pages its policy admits.
public abstract class RouteAccessTests(HostFixture host)
{
    private const string Anonymous = "(anonymous)";

    // Route template → sample URL and the policy that guards it (null = public).
    public static readonly IReadOnlyList<(string Template, string Url, string? Policy)> Routes =
    [
        ("/", "/", null),
        ("/plan", "/plan", null),
        ("/plan/measures/{id}", "/plan/measures/homicide", null),
        ("/accessibility", "/accessibility", null),
        ("/sign-in", "/sign-in", null),
        ("/sign-out", "/sign-out", null),
        ("/access-denied", "/access-denied", null),
        ("/error/{code:int}", "/error/404", null),
        ("/health", "/health", null),
        ("/reports/{quarter}/data.{format}", "/reports/2000-01-q1/data.csv", null),
        ("/api/plan", "/api/plan", null),
        ("/api/plan/measures/{id}", "/api/plan/measures/homicide", null),
        ("/openapi/{documentName}.json", "/openapi/v1.json", null),
        ("/performance", "/performance", Policies.Performance),
        ("/performance/measures/{id}", "/performance/measures/homicide", Policies.Performance),
        ("/performance/measures/{id}/series.csv", "/performance/measures/homicide/series.csv", Policies.Performance),
        ("/api/measures", "/api/measures", Policies.Performance),
        ("/api/measures/{id}/observations", "/api/measures/homicide/observations", Policies.Performance),
        ("/api/measures/{id}/judgement", "/api/measures/homicide/judgement", Policies.Performance),
        ("/performance/police-data", "/performance/police-data", Policies.Performance),
        ("/performance/reports", "/performance/reports", Policies.Reporting),
        ("/performance/reports/{id:guid}", "/performance/reports/00000000-0000-0000-0000-000000000000", Policies.Reporting),
        ("/reports", "/reports", null),
        ("/reports/{quarter}", "/reports/2024-25-q4", null),
        ("/performance/reports/{id:guid}/document.{format}", "/performance/reports/00000000-0000-0000-0000-000000000000/document.html", Policies.Reporting),
        ("/reports/{quarter}/document.{format}", "/reports/2024-25-q4/document.pdf", null),
        ("/performance/police-data/upload", "/performance/police-data/upload", Policies.ImportData),
        ("/admin", "/admin", Policies.Administration),
        ("/admin/users", "/admin/users", Policies.Administration),
        ("/admin/users/new", "/admin/users/new", Policies.Administration),
        ("/admin/users/{id}", "/admin/users/no-such-user", Policies.Administration),
        ("/admin/organisations", "/admin/organisations", Policies.Administration),
        ("/admin/audit", "/admin/audit", Policies.Administration),
        ("/admin/agreements", "/admin/agreements", Policies.Administration),
        ("/admin/agreements/new", "/admin/agreements/new", Policies.Administration),
        ("/admin/agreements/{id:guid}", "/admin/agreements/00000000-0000-0000-0000-000000000000", Policies.Administration),
        ("/data", "/data", Policies.MeasureData),
        ("/data/measures/{id}", "/data/measures/homicide", Policies.MeasureData),
        ("/data/measures/{id}/template.{format}", "/data/measures/homicide/template.csv", Policies.MeasureData),
        ("/data/measures/{id}/upload", "/data/measures/homicide/upload", Policies.MeasureData),
        ("/data/measures/{id}/values/new", "/data/measures/homicide/values/new", Policies.MeasureData),
        ("/data/uploads/{id:guid}", "/data/uploads/00000000-0000-0000-0000-000000000000", Policies.MeasureData),
        ("/api/measures/{id}/values", "/api/measures/homicide/values", Policies.MeasureData),
        ("/partnership", "/partnership", Policies.Partnership),
        ("/partnership/export.csv", "/partnership/export.csv", Policies.Partnership),
        ("/api/partnership/measures", "/api/partnership/measures", Policies.Partnership),
        ("/api/partnership/measures/{id}/observations", "/api/partnership/measures/homicide/observations", Policies.Partnership),
        ("/casework", "/casework", Policies.Casework),
        ("/casework/reviews", "/casework/reviews", Policies.Casework),
        ("/casework/reviews/new", "/casework/reviews/new", Policies.Casework),
        ("/casework/reviews/{id:guid}", "/casework/reviews/00000000-0000-0000-0000-000000000000", Policies.Casework),
        ("/casework/reviews/{id:guid}/assessment", "/casework/reviews/00000000-0000-0000-0000-000000000000/assessment", Policies.Casework),
        ("/casework/reviews/{id:guid}/decision", "/casework/reviews/00000000-0000-0000-0000-000000000000/decision", Policies.Casework),
        ("/casework/reviews/{id:guid}/recommendations/new", "/casework/reviews/00000000-0000-0000-0000-000000000000/recommendations/new", Policies.Casework),
        ("/casework/reviews/{id:guid}/recommendations/{recommendationId:guid}/response", "/casework/reviews/00000000-0000-0000-0000-000000000000/recommendations/00000000-0000-0000-0000-000000000000/response", Policies.Casework),
        ("/casework/reviews/{id:guid}/letters/{letterId:guid}", "/casework/reviews/00000000-0000-0000-0000-000000000000/letters/00000000-0000-0000-0000-000000000000", Policies.Casework),
        ("/casework/letter-templates", "/casework/letter-templates", Policies.Casework),
        ("/casework/letter-templates/{kind}", "/casework/letter-templates/Decision", Policies.Casework),
        ("/casework/enquiries", "/casework/enquiries", Policies.Casework),
        ("/casework/enquiries/new", "/casework/enquiries/new", Policies.Casework),
        ("/casework/enquiries/{id:guid}", "/casework/enquiries/00000000-0000-0000-0000-000000000000", Policies.Casework),
        ("/casework/enquiries/{id:guid}/close", "/casework/enquiries/00000000-0000-0000-0000-000000000000/close", Policies.Casework),
        ("/casework/enquiries/{id:guid}/attachments/{entryId:guid}", "/casework/enquiries/00000000-0000-0000-0000-000000000000/attachments/00000000-0000-0000-0000-000000000000", Policies.Casework),
        ("/contact", "/contact", null),
        ("/casework/subject-access", "/casework/subject-access", Policies.Casework),
        ("/casework/surgeries", "/casework/surgeries", Policies.Casework),
        ("/casework/surgeries/{id:guid}", "/casework/surgeries/00000000-0000-0000-0000-000000000000", Policies.Casework),
        ("/surgeries", "/surgeries", null),
        ("/casework/statistics", "/casework/statistics", Policies.Casework),
        ("/complaint-reviews/performance", "/complaint-reviews/performance", null),
    ];

    public static TheoryData<string, string> RouteAndRole()
    {
        var data = new TheoryData<string, string>();
        foreach (var route in Routes)
        {
            foreach (var role in Roles.All.Append(Anonymous))
            {
                data.Add(route.Url, role);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RouteAndRole))]
    public async Task Get_AsRole_ReachesOnlyPagesItsPolicyAllows(string url, string role)
    {
        // Arrange
        var policy = Routes.Single(r => r.Url == url).Policy;
        var client = role == Anonymous ? host.Factory.CreateBrowserlessClient() : await host.ClientForRoleAsync(role);
        var allowed = policy is null || (role != Anonymous && Policies.RolesByPolicy[policy].Contains(role));

        // Act
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);

        // Assert
        var location = response.Headers.Location?.ToString() ?? "";
        var api = url.StartsWith("/api/", StringComparison.Ordinal);
        if (allowed)
        {
            // Reached the page: it may still answer 404 (sample id) or 403 (the access-denied page itself).
            Assert.True(response.StatusCode != HttpStatusCode.Redirect, $"{role} on {url}: {(int)response.StatusCode} {location}");
        }
        else if (api)
        {
            // A program gets a status code, not a redirect to an HTML page.
            Assert.Equal(role == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
        }
        else if (role == Anonymous)
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/sign-in", location, StringComparison.Ordinal);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("http://localhost/access-denied", location, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Routes_CoverEveryEndpointTheAppMaps()
    {
        var templates = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .Distinct()
            .ToList();

        var missing = templates.Except(Routes.Select(r => r.Template)).ToList();

        Assert.Empty(missing);
    }
}

public sealed class RouteAccessTestsOnSqlite(SqliteHost host) : RouteAccessTests(host);

public sealed class RouteAccessTestsOnPostgres(PostgresHost host) : RouteAccessTests(host);
