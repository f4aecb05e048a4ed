using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Returns;
using Oversight.Domain.Plan;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// The daily job's reminders and overdue notices, on a clock the test moves: West Yorkshire Police's monthly return for
/// January 2027 is due 20 working days after the month ends, on Friday 26 February, with a reminder from the 19th.
public abstract class ReturnNoticeTests(ClockHost host)
{
    [Fact]
    public async Task Notices_ReminderBeforeTheDueDayThenOverdueAfterIt_EachQueuedOnceForTheOwnersPartners()
    {
        // Arrange
        var plan = host.Factory.Services.GetRequiredService<PoliceAndCrimePlan>();
        var police = plan.Datasets.Single(d => d.Id == "police-performance");
        var office = plan.Datasets.Single(d => d.Id == "office-measures");
        var vrp = plan.Datasets.Single(d => d.Id == "vrp-serious-violence-duty");
        var partner = await host.CreateUserAsync(Roles.PartnerUser, "west-yorkshire-police");
        var analyst = await host.CreateUserAsync(Roles.Analyst);
        var reminder = $"Reminder: {police.Name} for 2027-01 is due on 26 February 2027";
        var overdue = $"Overdue: {police.Name} for 2027-01 was due on 26 February 2027";
        await AddAsync(vrp.Measures[0], "2026-27 Q3", new DateOnly(2026, 10, 1));

        // Act
        var dayBeforeReminder = await RunOnAsync(new DateOnly(2027, 2, 18));
        var reminderDay = await RunOnAsync(new DateOnly(2027, 2, 19));
        var again = await RunOnAsync(new DateOnly(2027, 2, 19));
        var dueDay = await RunOnAsync(new DateOnly(2027, 2, 26));
        var dayAfter = await RunOnAsync(new DateOnly(2027, 3, 1));
        var nextDay = await RunOnAsync(new DateOnly(2027, 3, 2));

        // Assert
        Assert.DoesNotContain(dayBeforeReminder, m => m.Subject == reminder);
        Assert.Equal([partner], reminderDay.Where(m => m.Subject == reminder).Select(m => m.To));
        Assert.Equal(reminderDay, again);
        Assert.DoesNotContain(dueDay, m => m.Subject == overdue);
        Assert.Equal([partner], dayAfter.Where(m => m.Subject == overdue).Select(m => m.To));
        Assert.Single(nextDay, m => m.Subject == overdue);
        Assert.Single(nextDay, m => m.Subject == reminder);
        Assert.Contains("Knife crime", dayAfter.Single(m => m.Subject == overdue).Body, StringComparison.Ordinal);
        // The office's own dataset has no partners, so its analysts are told; a return already in is never chased.
        Assert.Contains(dayAfter, m => m.To == analyst && m.Subject == $"Overdue: {office.Name} for 2026-27 Q3 was due on 29 January 2027");
        Assert.DoesNotContain(nextDay, m => m.Subject.Contains($"{vrp.Name} for 2026-27 Q3", StringComparison.Ordinal));
        Assert.Single(await host.QueryAsync(db => db.ReturnNotices.Where(n => n.DatasetId == police.Id && n.Period == "2027-01" && n.Kind == ReturnNoticeKind.Overdue)));
    }

    // Runs the job's work on the day (as the job would) and returns the outbox's notices so far.
    private async Task<List<(string To, string Subject, string Body)>> RunOnAsync(DateOnly day)
    {
        host.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero));
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataReturns>().SendNoticesAsync(TestContext.Current.CancellationToken);
        }

        var mail = await host.QueryAsync(db => db.OutboxEmails.Where(m => m.Subject.StartsWith("Reminder: ") || m.Subject.StartsWith("Overdue: ")));
        return [.. mail.Select(m => (m.To, m.Subject, m.Body)).OrderBy(m => m.Subject, StringComparer.Ordinal).ThenBy(m => m.To, StringComparer.Ordinal)];
    }

    private async Task AddAsync(string measure, string period, DateOnly start)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Oversight.Core.Data.OversightDbContext>();
        db.Observations.Add(new Observation
        {
            MeasureId = measure,
            Area = Observation.ForceArea,
            Period = period,
            PeriodStart = start,
            Value = 3,
            Source = ObservationSource.ManualEntry,
            RecordedAt = host.Clock.GetUtcNow(),
            RecordedBy = "test",
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}

public sealed class ReturnNoticeTestsOnSqlite(SqliteClockHost host) : ReturnNoticeTests(host), IClassFixture<SqliteClockHost>;

public sealed class ReturnNoticeTestsOnPostgres(PostgresClockHost host) : ReturnNoticeTests(host), IClassFixture<PostgresClockHost>;
