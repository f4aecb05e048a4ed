using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

/// A pair of custody visitors with sign-in accounts, and a suite for them to visit, all uniquely named per test.
public sealed record VisitorPair(string FirstEmail, Guid FirstId, string SecondEmail, Guid SecondId, string SuiteId);

public static class CustodyTestData
{
    public static DateOnly Yesterday => UkTime.Today(TimeProvider.System).AddDays(-1);

    public static async Task<VisitorPair> PairAsync(this HostFixture host)
    {
        var first = await host.CreateUserAsync(Roles.Volunteer);
        var second = await host.CreateUserAsync(Roles.Volunteer);
        var suite = $"suite-{Guid.NewGuid():N}";
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        db.CustodySuites.Add(new CustodySuite { Id = suite, Name = $"Test suite {suite[^6..]}", VisitsPerMonthTarget = 4 });
        var ids = new List<Guid>();
        foreach (var email in new[] { first, second })
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            var visitor = new CustodyVisitor { Name = $"Visitor {email[..16]}", UserId = userId, Stage = VisitorStage.Appointed, Active = true, AppliedOn = new DateOnly(2023, 1, 1) };
            db.CustodyVisitors.Add(visitor);
            ids.Add(visitor.Id);
        }

        await db.SaveChangesAsync();
        return new VisitorPair(first, ids[0], second, ids[1], suite);
    }

    /// Starts a draft through the page as the pair's first visitor; returns its id.
    public static async Task<Guid> StartVisitAsync(this HttpClient volunteer, VisitorPair pair)
    {
        var response = await volunteer.PostFormAsync("/custody-visits/new", new Dictionary<string, string>
        {
            ["SuiteId"] = pair.SuiteId,
            ["PartnerId"] = pair.SecondId.ToString(),
            ["VisitDate.Day"] = Yesterday.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VisitDate.Month"] = Yesterday.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["VisitDate.Year"] = Yesterday.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException($"Starting a visit answered {(int)response.StatusCode}");
        return Guid.Parse(location.Split('/')[^1]);
    }

    /// A complete report: three detainees, two issues, some checks.
    public static Dictionary<string, string> CompleteReport(string action) => new()
    {
        ["action"] = action,
        ["ArrivedAt"] = "14:05",
        ["DepartedAt"] = "15:20",
        ["AccessDelayMinutes"] = "10",
        ["AccessDelayReason"] = "A disturbance in the cell corridor",
        ["AuthorisingInspector"] = "Inspector 4411",
        ["DetaineesInCustody"] = "5",
        ["Detainees[0].CustodyNumber"] = "WY-24-0001",
        ["Detainees[0].HoursHeld"] = "20",
        ["Detainees[0].Contact"] = "Accepted",
        ["Detainees[1].CustodyNumber"] = "WY-24-0002",
        ["Detainees[1].Child"] = "true",
        ["Detainees[1].HoursHeld"] = "3",
        ["Detainees[1].Contact"] = "Declined",
        ["Detainees[2].CustodyNumber"] = "WY-24-0003",
        ["Detainees[2].Woman"] = "true",
        ["Detainees[2].HoursHeld"] = "6",
        ["Detainees[2].Contact"] = "NotAvailable",
        ["Checks[meals]"] = "Yes",
        ["Checks[cells-clean]"] = "No",
        ["ConditionsNotes"] = "Cell 4 had not been cleaned since the last detainee",
        ["Issues[0].Category"] = "CellConditions",
        ["Issues[0].Description"] = "Cell 4 not cleaned between detainees",
        ["Issues[0].RaisedWith"] = "Custody sergeant",
        ["Issues[0].ImmediateAction"] = "Cleaners called",
        ["Issues[1].Category"] = "FoodAndDrink",
        ["Issues[1].Description"] = "Microwave out of order, no hot meals",
        ["Issues[1].RaisedWith"] = "Custody inspector",
    };
}
