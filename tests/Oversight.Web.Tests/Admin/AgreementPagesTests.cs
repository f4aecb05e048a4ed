using System.Net;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Admin;

/// Agreements here lie in 2001, so they never grant anything today to the partners other tests sign in as.
public abstract class AgreementPagesTests(HostFixture host)
{
    [Fact]
    public async Task Create_ThroughTheForm_IsListedWithItsDatasetsAndPartners()
    {
        // Arrange
        var admin = await host.ClientForRoleAsync(Roles.Administrator);
        var title = $"Fire data for Calderdale {Guid.NewGuid():N}";

        // Act
        var response = await admin.PostFormAsync("/admin/agreements/new", Form(title, "1", "2", "2001", "31", "12", "2001", "ons-surveys-and-deprivation", "calderdale-council"));

        // Assert
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var list = await (await admin.GetAsync("/admin/agreements", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var row = Assert.Single(list.QuerySelectorAll("[data-testid=agreements] tbody tr"), r => r.TextContent.Contains(title, StringComparison.Ordinal));
        Assert.Contains("Crime Survey and deprivation statistics (ONS)", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Calderdale Council", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 Feb 2001 to 31 Dec 2001", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Ended", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_ChangesDatesDatasetsAndPartners()
    {
        var admin = await host.ClientForRoleAsync(Roles.Administrator);
        var title = $"Edited {Guid.NewGuid():N}";
        await admin.PostFormAsync("/admin/agreements/new", Form(title, "1", "1", "2001", "30", "6", "2001", "nhs-violence", "wakefield-council"));
        var id = (await host.QueryAsync(db => db.DataSharingAgreements.Where(a => a.Title == title).Select(a => a.Id))).Single();

        var form = await (await admin.GetAsync($"/admin/agreements/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var response = await admin.PostFormAsync($"/admin/agreements/{id}", Form(title, "1", "1", "2001", "31", "7", "2001", "dfe-children", "bradford-council"));

        Assert.Equal("30", form.QuerySelector("input[name='Ends.Day']")?.GetAttribute("value"));
        Assert.True(form.QuerySelector("input[name=Datasets][value=nhs-violence]")?.HasAttribute("checked"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = (await host.QueryAsync(db => db.DataSharingAgreements.Include(a => a.Datasets).Include(a => a.Partners).Where(a => a.Id == id))).Single();
        Assert.Equal(new DateOnly(2001, 7, 31), saved.Ends);
        Assert.Equal(["dfe-children"], saved.Datasets.Select(d => d.DatasetId));
        Assert.Equal(["bradford-council"], saved.Partners.Select(p => p.OrganisationId));
    }

    [Theory]
    [InlineData("", "1", "1", "2001", "1", "2", "2001", "nhs-violence", "leeds-city-council", "Title", "Enter a title")]
    [InlineData("T", "1", "3", "2001", "28", "2", "2001", "nhs-violence", "leeds-city-council", "Ends", "The end date must be the same as or after the start date")]
    [InlineData("T", "", "", "", "1", "2", "2001", "nhs-violence", "leeds-city-council", "Starts", "Enter the date the agreement starts")]
    [InlineData("T", "1", "", "2001", "1", "2", "2001", "nhs-violence", "leeds-city-council", "Starts", "The date the agreement starts must include a month")]
    [InlineData("T", "31", "2", "2001", "1", "3", "2001", "nhs-violence", "leeds-city-council", "Starts", "The date the agreement starts must be a real date")]
    [InlineData("T", "1", "1", "01", "1", "3", "2001", "nhs-violence", "leeds-city-council", "Starts", "Year must include 4 numbers")]
    [InlineData("T", "1", "1", "2001", "1", "2", "2001", "", "leeds-city-council", "Datasets", "Select at least one dataset")]
    [InlineData("T", "1", "1", "2001", "1", "2", "2001", "nhs-violence", "", "Partners", "Select at least one partner organisation")]
    [InlineData("T", "1", "1", "2001", "1", "2", "2001", "nhs-violence", "mayors-office", "Partners", "Select partners from the list; \"mayors-office\" is not a partner organisation")]
    public async Task Create_WithAProblem_ShowsItBesideTheFieldAndSavesNothing(
        string title, string startDay, string startMonth, string startYear, string endDay, string endMonth, string endYear,
        string dataset, string partner, string field, string message)
    {
        var admin = await host.ClientForRoleAsync(Roles.Administrator);
        var purpose = $"Purpose {Guid.NewGuid():N}";
        var fields = Form(title, startDay, startMonth, startYear, endDay, endMonth, endYear, dataset, partner);
        fields["Purpose"] = purpose;

        var response = await admin.PostFormAsync("/admin/agreements/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Error: " + message, document.QuerySelector($"#{field}-error")?.TextContent.Trim());
        Assert.Empty(await host.QueryAsync(db => db.DataSharingAgreements.Where(a => a.Purpose == purpose)));
    }

    [Fact]
    public async Task Edit_UnknownAgreement_Is404()
    {
        var admin = await host.ClientForRoleAsync(Roles.Administrator);

        var response = await admin.GetAsync($"/admin/agreements/{Guid.NewGuid()}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static Dictionary<string, string> Form(
        string title, string startDay, string startMonth, string startYear, string endDay, string endMonth, string endYear, string dataset, string partner)
    {
        var form = new Dictionary<string, string>
        {
            ["Title"] = title,
            ["Purpose"] = "Testing",
            ["Starts.Day"] = startDay,
            ["Starts.Month"] = startMonth,
            ["Starts.Year"] = startYear,
            ["Ends.Day"] = endDay,
            ["Ends.Month"] = endMonth,
            ["Ends.Year"] = endYear,
        };
        if (dataset.Length > 0)
        {
            form["Datasets"] = dataset;
        }

        if (partner.Length > 0)
        {
            form["Partners"] = partner;
        }

        return form;
    }
}

public sealed class AgreementPagesTestsOnSqlite(SqliteHost host) : AgreementPagesTests(host);

public sealed class AgreementPagesTestsOnPostgres(PostgresHost host) : AgreementPagesTests(host);
