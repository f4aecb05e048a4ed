using System.Net;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accounts;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Accountability;

/// The overdue list follows the clock: an action is overdue from the day after its due date until it is completed.
public abstract class OverdueActionsTests(ClockHost host)
{
    [Fact]
    public async Task Action_BecomesOverdueTheDayAfterItsDueDate_AndLeavesTheListWhenCompleted()
    {
        // Arrange
        var email = await host.CreateUserAsync(Roles.Analyst);
        var today = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);
        var due = today.AddDays(10);
        var analyst = await host.SignInOnAsync(email, today.AddDays(1));
        var meeting = await analyst.AddMeetingAsync(Body.ShortGovernance, $"Short {Guid.NewGuid():N}", today);
        var description = $"Review of 101 waiting times {Guid.NewGuid():N}";
        await analyst.AddActionAsync(meeting, description, due);
        var reference = (await host.QueryAsync(db => db.MeetingActions.Where(a => a.Description == description).Select(a => a.Reference))).Single();
        var id = (await host.QueryAsync(db => db.MeetingActions.Where(a => a.Description == description).Select(a => a.Id))).Single();

        // Act
        var onDueDate = await OverdueAsync(await host.SignInOnAsync(email, due));
        var dayAfter = await OverdueAsync(analyst = await host.SignInOnAsync(email, due.AddDays(1)));
        var actionPage = await (await analyst.GetAsync($"/accountability/actions/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        var meetingsPage = await (await analyst.GetAsync("/accountability/meetings", TestContext.Current.CancellationToken)).GetDocumentAsync();
        await analyst.UpdateActionAsync(id, "Review published.", "Completed", "Published at the Quarterly Governance Meeting");
        var afterCompletion = await OverdueAsync(await host.SignInOnAsync(email, due.AddDays(2)));

        // Assert
        Assert.DoesNotContain(reference, onDueDate);
        Assert.Contains(reference, dayAfter);
        Assert.NotNull(actionPage.QuerySelector("[data-testid=status] [data-testid=overdue]"));
        Assert.Equal("1 action is overdue", meetingsPage.QuerySelector("[data-testid=overdue-count]")?.TextContent.Trim());
        Assert.DoesNotContain(reference, afterCompletion);
    }

    private static async Task<List<string>> OverdueAsync(HttpClient client)
    {
        var response = await client.GetAsync("/accountability/actions?show=overdue", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. (await response.GetDocumentAsync()).QuerySelectorAll("tr[data-reference]").Select(r => r.GetAttribute("data-reference")!)];
    }
}

public sealed class OverdueActionsTestsOnSqlite(SqliteClockHost host) : OverdueActionsTests(host), IClassFixture<SqliteClockHost>;

public sealed class OverdueActionsTestsOnPostgres(PostgresClockHost host) : OverdueActionsTests(host), IClassFixture<PostgresClockHost>;
