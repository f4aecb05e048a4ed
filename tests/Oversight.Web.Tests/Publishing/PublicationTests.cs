using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Engagement;
using Oversight.Domain;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Publishing;

/// Publication control on the reports computed from records: the consultation report here, the custody visiting
/// and scrutiny panels' reports through the same pages and steps.
public abstract class PublicationTests(HostFixture host)
{
    [Fact]
    public async Task ConsultationReport_SubmitsOnlyOnceClosed_AndIsPublicOnlyAfterSomeoneElseConfirmsPublishing()
    {
        // Arrange: a consultation still open for a month
        var ct = TestContext.Current.CancellationToken;
        var slug = "publication-" + Guid.NewGuid().ToString("N")[..8];
        var today = UkTime.Today(TimeProvider.System);
        await ChangeAsync(db => db.Consultations.Add(new Consultation { Slug = slug, Title = "Test publication consultation", OpensOn = today.AddDays(-30), ClosesOn = today.AddDays(30) }));
        var analyst = await host.ClientForRoleAsync(Roles.Analyst);
        var leadership = await host.ClientForRoleAsync(Roles.Leadership);
        var visitor = host.Factory.CreateBrowserlessClient();
        var start = await analyst.PostFormAsync("/publications", new Dictionary<string, string> { ["Kind"] = "ConsultationReport", ["Subject"] = slug });
        var page = start.Headers.Location!.ToString();

        // Act: submit while open, then after it closes; the author tries to approve; leadership approve and publish
        var whileOpen = await (await analyst.PostFormAsync(page + "?handler=submit", new Dictionary<string, string>(), page)).GetDocumentAsync();
        var statusWhileOpen = (await (await analyst.GetAsync(page, ct)).GetDocumentAsync()).Text("status");
        await ChangeAsync(db => db.Consultations.Where(c => c.Slug == slug).ExecuteUpdate(s => s.SetProperty(c => c.ClosesOn, today.AddDays(-1))));
        var submitted = await analyst.PostFormAsync(page + "?handler=submit", new Dictionary<string, string>(), page);
        var authorApproves = await analyst.PostCraftedFormAsync(page + "?handler=approve", new Dictionary<string, string>(), page);
        var approved = await leadership.PostFormAsync(page + "?handler=approve", new Dictionary<string, string>(), page);
        var beforePublishing = await visitor.GetAsync($"/consultations/{slug}/report.html", ct);
        var withoutConfirming = await (await leadership.GetAsync(page, ct)).GetDocumentAsync();
        var confirmation = await (await leadership.GetAsync(page + "?confirm-publish=1", ct)).GetDocumentAsync();
        var published = await leadership.PostFormAsync(page + "?handler=publish", new Dictionary<string, string>(), page + "?confirm-publish=1");
        var open = await visitor.GetAsync($"/consultations/{slug}/report.html", ct);
        var history = await (await leadership.GetAsync(page, ct)).GetDocumentAsync();

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        Assert.Contains($"The consultation is open until {today.AddDays(30):d MMMM yyyy}; its report is submitted after it closes", whileOpen.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("Draft", statusWhileOpen);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, authorApproves.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, beforePublishing.StatusCode);
        Assert.Null(withoutConfirming.QuerySelector("[data-testid=publish]"));
        Assert.NotNull(withoutConfirming.QuerySelector("[data-testid=publish-check]"));
        Assert.Contains($"/consultations/{slug}/report.html", confirmation.Text("publish-confirmation"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Contains("Test publication consultation", await open.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        Assert.Equal("Published", history.Text("status"));
        Assert.Equal(4, history.QuerySelectorAll("[data-testid=history] li").Length);
    }

    [Fact]
    public async Task CustodyReport_ForAYearNotOver_IsRefused_AndNothingIsPublic()
    {
        // Arrange: this financial year's custody visiting report
        var ct = TestContext.Current.CancellationToken;
        var year = FinancialYear.StartYearOf(UkTime.Today(TimeProvider.System));
        var custody = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var start = await custody.PostFormAsync("/publications", new Dictionary<string, string> { ["Kind"] = "CustodyVisitingReport", ["Subject"] = FinancialYear.Name(year) });
        var page = start.Headers.Location!.ToString();

        // Act
        var refused = await (await custody.PostFormAsync(page + "?handler=submit", new Dictionary<string, string>(), page)).GetDocumentAsync();
        var open = await host.Factory.CreateBrowserlessClient().GetAsync($"/custody-and-justice/report.html?year={year}", ct);

        // Assert
        Assert.Contains($"{FinancialYear.Name(year)} runs until {FinancialYear.End(year):d MMMM yyyy}; its report is submitted after the year ends", refused.ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal("Draft", refused.Text("status"));
        Assert.Equal(HttpStatusCode.NotFound, open.StatusCode);
    }

    private async Task ChangeAsync(Action<OversightDbContext> change)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        change(db);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class PublicationTestsOnSqlite(SqliteHost host) : PublicationTests(host);

public sealed class PublicationTestsOnPostgres(PostgresHost host) : PublicationTests(host);
