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
        ("/privacy", "/privacy", null),
        ("/cookies", "/cookies", null),
        ("/sign-in", "/sign-in", null),
        ("/sign-out", "/sign-out", null),
        ("/sign-in/two-factor", "/sign-in/two-factor", null),
        ("/forgot-password", "/forgot-password", null),
        ("/reset-password", "/reset-password", null),
        ("/account/two-factor", "/account/two-factor", Policies.SignedIn),
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
        ("/api/measures/{id}/comparison", "/api/measures/violence-and-sexual-offences/comparison", Policies.Performance),
        ("/performance/police-data", "/performance/police-data", Policies.Performance),
        ("/performance/reports", "/performance/reports", Policies.Reporting),
        ("/performance/reports/{id:guid}", "/performance/reports/00000000-0000-0000-0000-000000000000", Policies.Reporting),
        ("/performance/reports/{id:guid}/covering-report", "/performance/reports/00000000-0000-0000-0000-000000000000/covering-report", Policies.Reporting),
        ("/performance/reports/{id:guid}/force-response", "/performance/reports/00000000-0000-0000-0000-000000000000/force-response", Policies.ForceResponse),
        ("/performance/reports/force-responses", "/performance/reports/force-responses", Policies.ForceResponse),
        ("/reports", "/reports", null),
        ("/reports/{quarter}", "/reports/2024-25-q4", null),
        ("/performance/reports/{id:guid}/document.{format}", "/performance/reports/00000000-0000-0000-0000-000000000000/document.html", Policies.Reporting),
        ("/reports/{quarter}/document.{format}", "/reports/2024-25-q4/document.pdf", null),
        ("/annual-reports", "/annual-reports", Policies.Reporting),
        ("/annual-reports/{id:guid}", "/annual-reports/00000000-0000-0000-0000-000000000000", Policies.Reporting),
        ("/annual-reports/{id:guid}/document.{format}", "/annual-reports/00000000-0000-0000-0000-000000000000/document.html", Policies.Reporting),
        ("/annual-reports/{year}/figures/{key}", "/annual-reports/2024-25/figures/none", Policies.Reporting),
        ("/annual-reports/cited-statistics", "/annual-reports/cited-statistics", Policies.Reporting),
        ("/annual-reports/cited-statistics/new", "/annual-reports/cited-statistics/new", Policies.Reporting),
        ("/annual-reports/cited-statistics/{id:guid}", "/annual-reports/cited-statistics/00000000-0000-0000-0000-000000000000", Policies.Reporting),
        ("/performance/police-data/upload", "/performance/police-data/upload", Policies.ImportData),
        ("/admin", "/admin", Policies.Administration),
        ("/admin/users", "/admin/users", Policies.Administration),
        ("/admin/users/new", "/admin/users/new", Policies.Administration),
        ("/admin/users/{id}", "/admin/users/no-such-user", Policies.Administration),
        ("/admin/organisations", "/admin/organisations", Policies.Administration),
        ("/admin/audit", "/admin/audit", Policies.Administration),
        ("/admin/outbox", "/admin/outbox", Policies.Administration),
        ("/admin/agreements", "/admin/agreements", Policies.Administration),
        ("/admin/agreements/new", "/admin/agreements/new", Policies.Administration),
        ("/admin/agreements/{id:guid}", "/admin/agreements/00000000-0000-0000-0000-000000000000", Policies.Administration),
        ("/data", "/data", Policies.MeasureData),
        ("/data/returns", "/data/returns", Policies.MeasureData),
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
        ("/meetings", "/meetings", null),
        ("/meetings/{id:guid}", "/meetings/00000000-0000-0000-0000-000000000000", null),
        ("/meetings/{id:guid}/papers/{reportId:guid}", "/meetings/00000000-0000-0000-0000-000000000000/papers/00000000-0000-0000-0000-000000000000", null),
        ("/bodies", "/bodies", null),
        ("/bodies/{key}", "/bodies/community-outcomes", null),
        ("/bodies/{key}/terms-of-reference", "/bodies/community-outcomes/terms-of-reference", null),
        ("/bodies/subscriptions/confirm", "/bodies/subscriptions/confirm?token=unknown", null),
        ("/bodies/subscriptions/unsubscribe", "/bodies/subscriptions/unsubscribe?token=unknown", null),
        ("/accountability/bodies", "/accountability/bodies", Policies.Accountability),
        ("/accountability/bodies/new", "/accountability/bodies/new", Policies.Accountability),
        ("/accountability/bodies/{key}", "/accountability/bodies/community-outcomes", Policies.Accountability),
        ("/accountability/bodies/{key}/edit", "/accountability/bodies/community-outcomes/edit", Policies.Accountability),
        ("/accountability/bodies/{key}/delete", "/accountability/bodies/community-outcomes/delete", Policies.Accountability),
        ("/accountability/victims-code", "/accountability/victims-code", Policies.Accountability),
        ("/accountability/victims-code/reviews/new", "/accountability/victims-code/reviews/new", Policies.Accountability),
        ("/accountability/victims-code/reviews/{id:guid}", "/accountability/victims-code/reviews/00000000-0000-0000-0000-000000000000", Policies.Accountability),
        ("/accountability/victims-code/report/{year}/document.{format}", "/accountability/victims-code/report/2024-25/document.html", Policies.Accountability),
        ("/data/victims-code/{agency}/template.{format}", "/data/victims-code/police/template.csv", Policies.MeasureData),
        ("/data/victims-code/{agency}/upload", "/data/victims-code/police/upload", Policies.MeasureData),
        ("/accountability/meetings", "/accountability/meetings", Policies.Accountability),
        ("/accountability/meetings/new", "/accountability/meetings/new", Policies.Accountability),
        ("/accountability/meetings/{id:guid}", "/accountability/meetings/00000000-0000-0000-0000-000000000000", Policies.Accountability),
        ("/accountability/meetings/{id:guid}/edit", "/accountability/meetings/00000000-0000-0000-0000-000000000000/edit", Policies.Accountability),
        ("/accountability/meetings/{id:guid}/pack.{format}", "/accountability/meetings/00000000-0000-0000-0000-000000000000/pack.html", Policies.Accountability),
        ("/accountability/meetings/{id:guid}/reports/{reportId:guid}", "/accountability/meetings/00000000-0000-0000-0000-000000000000/reports/00000000-0000-0000-0000-000000000000", Policies.Accountability),
        ("/accountability/actions", "/accountability/actions", Policies.Accountability),
        ("/accountability/actions/{id:guid}", "/accountability/actions/00000000-0000-0000-0000-000000000000", Policies.Accountability),
        ("/accountability/spr", "/accountability/spr", Policies.Accountability),
        ("/accountability/spr/{threat}", "/accountability/spr/terrorism", Policies.Accountability),
        ("/accountability/precept", "/accountability/precept", Policies.Accountability),
        ("/accountability/precept/new", "/accountability/precept/new", Policies.Accountability),
        ("/accountability/outputs", "/accountability/outputs", Policies.Accountability),
        ("/accountability/outputs/{id:guid}", "/accountability/outputs/00000000-0000-0000-0000-000000000000", Policies.Accountability),
        ("/accountability/outputs/{id:guid}/values/{valueId:guid}/evidence", "/accountability/outputs/00000000-0000-0000-0000-000000000000/values/00000000-0000-0000-0000-000000000000/evidence", Policies.Accountability),
        ("/custody-visits", "/custody-visits", Policies.CustodyVisiting),
        ("/custody-visits/new", "/custody-visits/new", Policies.CustodyVisiting),
        ("/custody-visits/{id:guid}", "/custody-visits/00000000-0000-0000-0000-000000000000", Policies.CustodyVisiting),
        ("/custody", "/custody", Policies.Custody),
        ("/custody/issues", "/custody/issues", Policies.Custody),
        ("/custody/issues/{id:guid}", "/custody/issues/00000000-0000-0000-0000-000000000000", Policies.Custody),
        ("/custody/visitors", "/custody/visitors", Policies.Custody),
        ("/custody/visitors/new", "/custody/visitors/new", Policies.Custody),
        ("/custody/visitors/{id:guid}", "/custody/visitors/00000000-0000-0000-0000-000000000000", Policies.Custody),
        ("/custody/rota", "/custody/rota", Policies.Custody),
        ("/custody/panels", "/custody/panels", Policies.Custody),
        ("/custody/panels/new", "/custody/panels/new", Policies.Custody),
        ("/custody/panels/{id}", "/custody/panels/no-such-panel", Policies.Custody),
        ("/custody/panels/{id}/edit", "/custody/panels/no-such-panel/edit", Policies.Custody),
        ("/custody/suites", "/custody/suites", Policies.Custody),
        ("/custody/suites/new", "/custody/suites/new", Policies.Custody),
        ("/custody/suites/{id}", "/custody/suites/no-such-suite", Policies.Custody),
        ("/custody/panel-cases/{id:guid}", "/custody/panel-cases/00000000-0000-0000-0000-000000000000", Policies.Custody),
        ("/custody/panels/{id}/members/new", "/custody/panels/no-such-panel/members/new", Policies.Custody),
        ("/custody/panels/{id}/meetings/new", "/custody/panels/no-such-panel/meetings/new", Policies.Custody),
        ("/custody/panels/{id}/recommendations/new", "/custody/panels/no-such-panel/recommendations/new", Policies.Custody),
        ("/custody/panel-meetings/{id:guid}", "/custody/panel-meetings/00000000-0000-0000-0000-000000000000", Policies.Custody),
        ("/custody/panel-meetings/{id:guid}/cases/new", "/custody/panel-meetings/00000000-0000-0000-0000-000000000000/cases/new", Policies.Custody),
        ("/scrutiny-panels/minutes", "/scrutiny-panels/minutes", null),
        ("/custody/remand", "/custody/remand", Policies.Custody),
        ("/custody/remand/new", "/custody/remand/new", Policies.Custody),
        ("/custody/strip-searches/new", "/custody/strip-searches/new", Policies.Custody),
        ("/custody/statistics", "/custody/statistics", Policies.Custody),
        ("/custody/statistics/report.{format}", "/custody/statistics/report.html", Policies.Custody),
        ("/custody-and-justice/report.{format}", "/custody-and-justice/report.html", null),
        ("/custody/scrutiny-report.{format}", "/custody/scrutiny-report.html", Policies.Custody),
        ("/custody-and-justice/scrutiny-report.{format}", "/custody-and-justice/scrutiny-report.html", null),
        ("/publications", "/publications", Policies.Publications),
        ("/publications/{id:guid}", "/publications/00000000-0000-0000-0000-000000000000", Policies.Publications),
        ("/publications/{id:guid}/preview.{format}", "/publications/00000000-0000-0000-0000-000000000000/preview.html", Policies.Publications),
        ("/consultations/{slug}/report.{format}", "/consultations/none/report.html", null),
        ("/decisions", "/decisions", null),
        ("/decisions/{slug}", "/decisions/2000-01-001", null),
        ("/decisions/forward-plan", "/decisions/forward-plan", null),
        ("/decisions/feed.atom", "/decisions/feed.atom", null),
        ("/decisions/register.csv", "/decisions/register.csv", null),
        ("/decisions/notices", "/decisions/notices", Policies.Decisions),
        ("/decisions/notices/{id:guid}", "/decisions/notices/00000000-0000-0000-0000-000000000000", Policies.Decisions),
        ("/custody-and-justice", "/custody-and-justice", null),
        ("/annual-report", "/annual-report", null),
        ("/annual-report/{year}/document.{format}", "/annual-report/2024-25/document.html", null),
        ("/justice", "/justice", Policies.Custody),
        ("/justice/referrals/new", "/justice/referrals/new", Policies.Custody),
        ("/justice/referrals/{id:guid}", "/justice/referrals/00000000-0000-0000-0000-000000000000", Policies.Custody),
        ("/justice/conferences/new", "/justice/conferences/new", Policies.Custody),
        ("/funding/register", "/funding/register", null),
        ("/funding/register/confirm", "/funding/register/confirm", null),
        ("/funding/apply", "/funding/apply", Policies.Applying),
        ("/funding/apply/organisation", "/funding/apply/organisation", Policies.Applying),
        ("/funding/apply/applications/{id:guid}", "/funding/apply/applications/00000000-0000-0000-0000-000000000000", Policies.Applying),
        ("/funding/apply/applications/{id:guid}/documents", "/funding/apply/applications/00000000-0000-0000-0000-000000000000/documents", Policies.Applying),
        ("/funding/apply/applications/{id:guid}/documents/{documentId:guid}", "/funding/apply/applications/00000000-0000-0000-0000-000000000000/documents/00000000-0000-0000-0000-000000000000", Policies.Applying),
        ("/funding/apply/applications/{id:guid}/withdraw", "/funding/apply/applications/00000000-0000-0000-0000-000000000000/withdraw", Policies.Applying),
        ("/funding/apply/applications/{id:guid}/submitted", "/funding/apply/applications/00000000-0000-0000-0000-000000000000/submitted", Policies.Applying),
        ("/funding/apply/grants/{id:guid}", "/funding/apply/grants/00000000-0000-0000-0000-000000000000", Policies.Applying),
        ("/funding", "/funding", Policies.Funding),
        ("/funding/rounds/{id:guid}", "/funding/rounds/00000000-0000-0000-0000-000000000000", Policies.Funding),
        ("/funding/rounds", "/funding/rounds", Policies.Funding),
        ("/funding/rounds/new", "/funding/rounds/new", Policies.Funding),
        ("/funding/rounds/{id:guid}/edit", "/funding/rounds/00000000-0000-0000-0000-000000000000/edit", Policies.Funding),
        ("/funding/applications", "/funding/applications", Policies.Funding),
        ("/funding/applications/{id:guid}", "/funding/applications/00000000-0000-0000-0000-000000000000", Policies.Funding),
        ("/funding/applications/{id:guid}/documents/{documentId:guid}", "/funding/applications/00000000-0000-0000-0000-000000000000/documents/00000000-0000-0000-0000-000000000000", Policies.Funding),
        ("/funding/applications/{id:guid}/assess", "/funding/applications/00000000-0000-0000-0000-000000000000/assess", Policies.Funding),
        ("/funding/grants/{id:guid}", "/funding/grants/00000000-0000-0000-0000-000000000000", Policies.Funding),
        ("/funding/templates", "/funding/templates", Policies.Funding),
        ("/funding/reports", "/funding/reports", Policies.Funding),
        ("/funding/open-data", "/funding/open-data", null),
        ("/funding/victims", "/funding/victims", Policies.Funding),
        ("/funding/victims/providers", "/funding/victims/providers", Policies.Funding),
        ("/funding/victims/providers/new", "/funding/victims/providers/new", Policies.Funding),
        ("/funding/victims/providers/{id:guid}", "/funding/victims/providers/00000000-0000-0000-0000-000000000000", Policies.Funding),
        ("/funding/victims/providers/{id:guid}/contracts/new", "/funding/victims/providers/00000000-0000-0000-0000-000000000000/contracts/new", Policies.Funding),
        ("/funding/victims/contracts/{id:guid}", "/funding/victims/contracts/00000000-0000-0000-0000-000000000000", Policies.Funding),
        ("/funding/victims/contracts/{id:guid}/returns", "/funding/victims/contracts/00000000-0000-0000-0000-000000000000/returns", Policies.Funding),
        ("/funding/open-data/{year}.{format}", "/funding/open-data/2024-25.csv", null),
        ("/engagement", "/engagement", Policies.Engagement),
        ("/engagement/compare", "/engagement/compare", Policies.Engagement),
        ("/engagement/consultations/new", "/engagement/consultations/new", Policies.Engagement),
        ("/engagement/consultations/{slug}", "/engagement/consultations/no-such", Policies.Engagement),
        ("/engagement/consultations/{slug}/tallies", "/engagement/consultations/no-such/tallies", Policies.Engagement),
        ("/engagement/consultations/{slug}/import", "/engagement/consultations/no-such/import", Policies.Engagement),
        ("/engagement/imports/{id:guid}", "/engagement/imports/00000000-0000-0000-0000-000000000000", Policies.Engagement),
        ("/engagement/consultations/{slug}/questions/new", "/engagement/consultations/no-such/questions/new", Policies.Engagement),
        ("/engagement/consultations/{slug}/questions/{key}", "/engagement/consultations/no-such/questions/feel-safe", Policies.Engagement),
        ("/engagement/consultations/{slug}/codebook", "/engagement/consultations/no-such/codebook", Policies.Engagement),
        ("/engagement/consultations/{slug}/coding/{key}", "/engagement/consultations/no-such/coding/causes", Policies.Engagement),
        ("/engagement/consultations/{slug}/coding/{key}/next", "/engagement/consultations/no-such/coding/causes/next", Policies.Engagement),
        ("/engagement/consultations/{slug}/report.{format}", "/engagement/consultations/no-such/report.html", Policies.Engagement),
        ("/engagement/figures/{key}", "/engagement/figures/engagement:no-such:q:o", Policies.Engagement),
        ("/casework", "/casework", Policies.Casework),
        ("/casework/reviews", "/casework/reviews", Policies.Casework),
        ("/casework/reviews/new", "/casework/reviews/new", Policies.Casework),
        ("/casework/reviews/{id:guid}", "/casework/reviews/00000000-0000-0000-0000-000000000000", Policies.Casework),
        ("/casework/reviews/{id:guid}/assessment", "/casework/reviews/00000000-0000-0000-0000-000000000000/assessment", Policies.Casework),
        ("/casework/reviews/{id:guid}/decision", "/casework/reviews/00000000-0000-0000-0000-000000000000/decision", Policies.Casework),
        ("/casework/reviews/{id:guid}/recommendations/new", "/casework/reviews/00000000-0000-0000-0000-000000000000/recommendations/new", Policies.Casework),
        ("/casework/reviews/{id:guid}/recommendations/{recommendationId:guid}/response", "/casework/reviews/00000000-0000-0000-0000-000000000000/recommendations/00000000-0000-0000-0000-000000000000/response", Policies.Casework),
        ("/casework/letters/{letterId:guid}", "/casework/letters/00000000-0000-0000-0000-000000000000", Policies.Casework),
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
        ("/complaint-reviews/apply", "/complaint-reviews/apply", null),
        ("/asb-case-review-appeal", "/asb-case-review-appeal", null),
        ("/funding/community-safety-fund", "/funding/community-safety-fund", Policies.Funding),
        ("/funding/community-safety-fund/new", "/funding/community-safety-fund/new", Policies.Funding),
        ("/funding/community-safety-fund/{id:guid}", "/funding/community-safety-fund/00000000-0000-0000-0000-000000000000", Policies.Funding),
        ("/funding/safer-streets", "/funding/safer-streets", Policies.Funding),
        ("/funding/safer-streets/projects/new", "/funding/safer-streets/projects/new", Policies.Funding),
        ("/funding/safer-streets/projects/{id:guid}", "/funding/safer-streets/projects/00000000-0000-0000-0000-000000000000", Policies.Funding),
        ("/funding/safer-streets/claims/new", "/funding/safer-streets/claims/new", Policies.Funding),
        ("/funding/returns", "/funding/returns", Policies.Funding),
        ("/asb-case-reviews", "/asb-case-reviews", null),
        ("/casework/asb", "/casework/asb", Policies.Casework),
        ("/casework/asb/statistics", "/casework/asb/statistics", Policies.Casework),
        ("/casework/asb/case-reviews", "/casework/asb/case-reviews", Policies.Casework),
        ("/casework/asb/case-reviews/new", "/casework/asb/case-reviews/new", Policies.Casework),
        ("/casework/asb/{id:guid}", "/casework/asb/00000000-0000-0000-0000-000000000000", Policies.Casework),
        ("/casework/asb/{id:guid}/assessment", "/casework/asb/00000000-0000-0000-0000-000000000000/assessment", Policies.Casework),
        ("/casework/asb/{id:guid}/decision", "/casework/asb/00000000-0000-0000-0000-000000000000/decision", Policies.Casework),
        ("/casework/asb/{id:guid}/recommendations/new", "/casework/asb/00000000-0000-0000-0000-000000000000/recommendations/new", Policies.Casework),
        ("/casework/asb/{id:guid}/recommendations/{recommendationId:guid}/response", "/casework/asb/00000000-0000-0000-0000-000000000000/recommendations/00000000-0000-0000-0000-000000000000/response", Policies.Casework),
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
        var allowed = policy is null || (role != Anonymous && (policy == Policies.SignedIn || Policies.RolesByPolicy[policy].Contains(role)));

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
