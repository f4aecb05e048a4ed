using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Browser.Tests;

public class CustodyVisitJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task Volunteer_OnAPhone_LosesNothingTypedWhenTheNetworkDrops()
    {
        // Arrange
        var (email, visitId) = await DraftVisitAsync();
        var page = await host.NewPageAsync(375, 812);
        await page.SignInAsync(email, BrowserHost.Password);
        await page.GotoAsync($"/custody-visits/{visitId}");
        await page.AssertNoAxeViolationsAsync();

        // Act: type, lose the network, try to submit, come back and reload.
        await page.GetByLabel("Time you arrived").FillAsync("14:05");
        await page.Locator("#Detainees-0-CustodyNumber").FillAsync("WY-25-0101");
        await page.Locator("#Detainees-0-Child").CheckAsync();
        await page.Locator("#Detainees-0-Contact").CheckAsync();
        await page.Locator("#Issues-0-Category").SelectOptionAsync("FoodAndDrink");
        await page.Locator("#Issues-0-Description").FillAsync("No hot meals: the microwave is broken");
        await page.Context.SetOfflineAsync(true);
        await page.Locator("#HealthNotes").FillAsync("Typed with no signal in the cell corridor");
        await page.Locator("#check-meals-no").CheckAsync();
        await page.GetByTestId("submit-report").ClickAsync();
        var offlineMessage = await page.GetByTestId("draft-status").InnerTextAsync();
        await page.Context.SetOfflineAsync(false);
        await page.ReloadAsync();

        // Assert
        Assert.Contains("offline", offlineMessage, StringComparison.Ordinal);
        Assert.Contains("put back", await page.GetByTestId("draft-status").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("14:05", await page.GetByLabel("Time you arrived").InputValueAsync());
        Assert.Equal("WY-25-0101", await page.Locator("#Detainees-0-CustodyNumber").InputValueAsync());
        Assert.True(await page.Locator("#Detainees-0-Child").IsCheckedAsync());
        Assert.True(await page.Locator("#Detainees-0-Contact").IsCheckedAsync());
        Assert.Equal("FoodAndDrink", await page.Locator("#Issues-0-Category").InputValueAsync());
        Assert.Equal("No hot meals: the microwave is broken", await page.Locator("#Issues-0-Description").InputValueAsync());
        Assert.Equal("Typed with no signal in the cell corridor", await page.Locator("#HealthNotes").InputValueAsync());
        Assert.True(await page.Locator("#check-meals-no").IsCheckedAsync());
        await page.AssertNoAxeViolationsAsync();

        // And once saved, the server holds it all.
        await page.GetByTestId("save-draft").ClickAsync();
        await page.WaitForAddressAsync("saved=true");
        await using var scope = host.Services.CreateAsyncScope();
        var visit = await scope.ServiceProvider.GetRequiredService<OversightDbContext>().CustodyVisits
            .Include(v => v.Detainees).Include(v => v.Issues).Include(v => v.Checks).SingleAsync(v => v.Id == visitId, TestContext.Current.CancellationToken);
        Assert.Equal("Typed with no signal in the cell corridor", visit.HealthNotes);
        Assert.Equal("WY-25-0101", Assert.Single(visit.Detainees).CustodyNumber);
        Assert.Equal(IssueCategory.FoodAndDrink, Assert.Single(visit.Issues).Category);
        Assert.Equal(CheckAnswer.No, Assert.Single(visit.Checks, c => c.Point == "meals").Answer);
        await page.AssertNoAxeViolationsAsync();
    }

    private async Task<(string Email, Guid VisitId)> DraftVisitAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<OversightDbContext>();
        var emails = new[] { $"visitor-{Guid.NewGuid():N}@test.oversight.test", $"visitor-{Guid.NewGuid():N}@test.oversight.test" };
        var visitors = new List<CustodyVisitor>();
        foreach (var (email, i) in emails.Select((e, i) => (e, i)))
        {
            var errors = await services.GetRequiredService<UserAccounts>()
                .CreateAsync(new NewUser(email, $"Browser Visitor {i}", BrowserHost.Password, Roles.Volunteer, "mayors-office"), CancellationToken.None);
            Assert.Empty(errors);
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            visitors.Add(new CustodyVisitor { Name = $"Browser Visitor {i}", UserId = userId, Stage = VisitorStage.Appointed, Active = true });
        }

        var suite = $"suite-{Guid.NewGuid():N}";
        db.CustodySuites.Add(new CustodySuite { Id = suite, Name = "Elland Road", VisitsPerMonthTarget = 4 });
        db.CustodyVisitors.AddRange(visitors);
        await db.SaveChangesAsync();
        var (id, problems) = await services.GetRequiredService<VisitReports>().StartAsync(
            visitors[0].UserId!, suite, visitors[1].Id.ToString(), UkTime.Today(TimeProvider.System), CancellationToken.None);
        Assert.Empty(problems);
        return (emails[0], id!.Value);
    }
}
