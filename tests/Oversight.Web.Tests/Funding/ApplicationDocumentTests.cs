using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Uploads;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Funding;

/// Applicants' uploaded documents: listed for those who may see the bid, and sent only as audited attachments.
public abstract class ApplicationDocumentTests(HostFixture host)
{
    [Fact]
    public async Task Document_OpensForOfficeAssessorAndApplicant_AsAnAuditedAttachment()
    {
        var (applicant, id) = await host.SubmittedAsync();
        var office = await host.SignedInClientAsync(Roles.GrantsOfficer);
        var officePage = await (await office.GetAsync($"/funding/applications/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var link = officePage.QuerySelector("[data-testid=documents] a")!.GetAttribute("href")!;
        var documentId = link.Split('/')[^1];

        var download = await office.GetAsync(link, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(ApplicantSteps.Constitution, await download.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("constitution.pdf", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", Assert.Single(download.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(await host.FromDbAsync(db => db.AuditEntries
            .Where(a => a.Action == AuditAction.Viewed && a.EntityType == nameof(ApplicationDocument) && a.EntityId == documentId).ToListAsync()));

        var email = await host.CreateUserAsync(Roles.Leadership);
        await office.PostFormAsync($"/funding/applications/{id}", ApplicantSteps.Form(("Action", "assign"), ("AssessorId", await host.UserIdAsync(email))));
        var assessor = await host.SignInAsync(email);
        await assessor.PostFormAsync($"/funding/applications/{id}/assess", ApplicantSteps.Form(("Action", "declare"), ("HasConflict", "false")));
        var assessPage = await (await assessor.GetAsync($"/funding/applications/{id}/assess", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Equal(link, assessPage.QuerySelector("[data-testid=documents] a")?.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await assessor.GetAsync(link, TestContext.Current.CancellationToken)).StatusCode);

        var own = await (await applicant.GetAsync($"/funding/apply/applications/{id}/documents", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var ownLink = own.QuerySelector("[data-testid=documents] a")!.GetAttribute("href")!;
        Assert.Equal($"/funding/apply/applications/{id}/documents/{documentId}", ownLink);
        Assert.Equal(ApplicantSteps.Constitution, await applicant.GetByteArrayAsync(ownLink, TestContext.Current.CancellationToken));

        var stranger = (await host.DraftAsync()).Applicant;
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(ownLink, TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task Upload_SomewhatOverTheLimit_ShowsTheFormError()
    {
        var (applicant, id) = await host.DraftAsync();
        var tooBig = new byte[UploadRules.ApplicationDocument.MaxBytes + (3 * 1024 * 1024)];
        "%PDF-1.4"u8.CopyTo(tooBig);

        var response = await applicant.PostMultipartFormAsync($"/funding/apply/applications/{id}/documents", ("Kind", "accounts"), "accounts.pdf", tooBig);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The selected file accounts.pdf must be smaller than 10MB", (await response.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.False(await host.FromDbAsync(db => db.ApplicationDocuments.AnyAsync(d => d.ApplicationId == id)));
    }
}

public sealed class ApplicationDocumentTestsOnSqlite(SqliteHost host) : ApplicationDocumentTests(host);

public sealed class ApplicationDocumentTestsOnPostgres(PostgresHost host) : ApplicationDocumentTests(host);
