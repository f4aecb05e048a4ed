using System.Net;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

/// The office sets up custody suites with their visit targets, and scrutiny panels, through pages.
public abstract class SetupPagesTests(HostFixture host)
{
    [Fact]
    public async Task Suite_IsAddedThenItsTargetChanged_AndBothAreAudited()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Setup suite {Guid.NewGuid():N}"[..24];

        var added = await staff.PostFormAsync("/custody/suites/new", new Dictionary<string, string> { ["Name"] = name, ["VisitsPerMonthTarget"] = "3" });
        var id = (await host.QueryAsync(db => db.CustodySuites.Where(s => s.Name == name).Select(s => s.Id))).Single();
        var form = await (await staff.GetAsync($"/custody/suites/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var changed = await staff.PostFormAsync($"/custody/suites/{id}", new Dictionary<string, string> { ["Name"] = name, ["VisitsPerMonthTarget"] = "5" });
        var list = await staff.GetStringAsync("/custody/suites", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("3", form.QuerySelector("#VisitsPerMonthTarget")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(5, (await host.QueryAsync(db => db.CustodySuites.Where(s => s.Id == id).Select(s => s.VisitsPerMonthTarget))).Single());
        Assert.Contains(name, list, StringComparison.Ordinal);
        var audit = await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(CustodySuite) && a.EntityId == id).Select(a => a.Action));
        Assert.Contains(AuditAction.Created, audit);
        Assert.Contains(AuditAction.Updated, audit);
    }

    [Theory]
    [InlineData("", "4", "Name", "Enter the suite's name")]
    [InlineData("Problem suite", "four", "VisitsPerMonthTarget", "Enter visits per month as a whole number, like 4")]
    [InlineData("Problem suite", "0", "VisitsPerMonthTarget", "Visits per month must be between 1 and 30")]
    public async Task Suite_WithAProblem_ShowsItBesideTheFieldAndSavesNothing(string name, string target, string field, string message)
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);

        var response = await staff.PostFormAsync("/custody/suites/new", new Dictionary<string, string> { ["Name"] = name, ["VisitsPerMonthTarget"] = target });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await response.GetDocumentAsync();
        Assert.Equal("Error: " + message, document.QuerySelector($"#{field}-error")?.TextContent.Trim());
        Assert.StartsWith("Error:", document.Title, StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.CustodySuites.Where(s => s.Name == "Problem suite")));
    }

    [Fact]
    public async Task Panel_IsAddedThenChanged_AndNeedsToSayWhetherItIsBlindToEthnicity()
    {
        var staff = await host.ClientForRoleAsync(Roles.CustodyOfficer);
        var name = $"Setup panel {Guid.NewGuid():N}"[..24];
        var form = new Dictionary<string, string> { ["Name"] = name, ["Remit"] = "Use of force in custody" };

        var undecided = await staff.PostFormAsync("/custody/panels/new", form);
        form["BlindToEthnicity"] = "true";
        var added = await staff.PostFormAsync("/custody/panels/new", form);
        var id = (await host.QueryAsync(db => db.ScrutinyPanels.Where(p => p.Name == name).Select(p => p.Id))).Single();
        (form["Remit"], form["BlindToEthnicity"]) = ("Use of force and strip searches", "false");
        var changed = await staff.PostFormAsync($"/custody/panels/{id}/edit", form);

        Assert.Contains("Select whether the panel reviews cases blind to ethnicity", (await undecided.GetDocumentAsync()).ErrorSummary(), StringComparison.Ordinal);
        Assert.Equal($"/custody/panels/{id}", added.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var panel = (await host.QueryAsync(db => db.ScrutinyPanels.Where(p => p.Id == id))).Single();
        Assert.Equal(("Use of force and strip searches", false), (panel.Remit, panel.BlindToEthnicity));
        Assert.NotEmpty(await host.QueryAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(ScrutinyPanel) && a.EntityId == id && a.Action == AuditAction.Updated)));
    }
}

public sealed class SetupPagesTestsOnSqlite(SqliteHost host) : SetupPagesTests(host);

public sealed class SetupPagesTestsOnPostgres(PostgresHost host) : SetupPagesTests(host);
