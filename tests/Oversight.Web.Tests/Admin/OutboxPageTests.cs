using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Email;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Admin;

/// /admin/outbox: each message's state for administrators, on the shared list tool (searched, filtered by state,
/// sorted by a column and paged); with no SMTP server configured
/// (as in these hosts) it says that e-mail is not being sent.
public abstract class OutboxPageTests(HostFixture host)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outbox_ShowsEachStateAndReasonSearchedBySubjectAndPaged()
    {
        var subject = $"Outbox {Guid.NewGuid():N}";
        var now = DateTimeOffset.UtcNow;
        await AddAsync(Enumerable.Range(0, 26).Select(i => Message(subject, $"queued-{i}@example.org", now.AddSeconds(-i))));
        await AddAsync(
        [
            Message(subject, "sent@example.org", now.AddMinutes(1), m => (m.Status, m.Attempts, m.SentAt) = (OutboxStatus.Sent, 1, now)),
            Message(subject, "retry@example.org", now.AddMinutes(2), m => (m.Attempts, m.LastError) = (2, "The server refused it (451): Mailbox busy")),
            Message(subject, "failed@example.org", now.AddMinutes(3), m => (m.Status, m.Attempts, m.LastError) = (OutboxStatus.Failed, 1, "The server refused it (550): No such user")),
        ]);
        var admin = await host.ClientForRoleAsync(Roles.Administrator);

        var first = await (await admin.GetAsync($"/admin/outbox?q={Uri.EscapeDataString(subject.ToUpperInvariant())}", Cancel)).GetDocumentAsync();
        var second = await (await admin.GetAsync($"/admin/outbox?q={Uri.EscapeDataString(subject)}&p=2", Cancel)).GetDocumentAsync();
        var failedOnly = await (await admin.GetAsync($"/admin/outbox?q={Uri.EscapeDataString(subject)}&status=Failed", Cancel)).GetDocumentAsync();
        var byRecipient = await (await admin.GetAsync($"/admin/outbox?q={Uri.EscapeDataString(subject)}&sort=to", Cancel)).GetDocumentAsync();
        var byRecipientDescending = await (await admin.GetAsync($"/admin/outbox?q={Uri.EscapeDataString(subject)}&sort=to&order=desc", Cancel)).GetDocumentAsync();

        Assert.NotNull(first.QuerySelector("[data-testid=not-configured]"));
        Assert.Equal("29 results, page 1 of 2", first.QuerySelector("[data-testid=list-count]")?.TextContent.Trim());
        var rows = first.QuerySelectorAll("[data-testid=message]");
        Assert.Equal(Core.Lists.ListRequest.PageSize, rows.Length);
        Assert.Equal(["Failed", "Waiting to retry", "Sent", "Queued"], rows.Take(4).Select(r => r.QuerySelector("[data-testid=status]")!.TextContent.Trim()));
        Assert.Contains("No such user", rows[0].QuerySelector("[data-testid=detail]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Next attempt", rows[1].QuerySelector("[data-testid=detail]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2", rows[1].QuerySelector("[data-testid=attempts]")!.TextContent.Trim());
        Assert.Equal(4, second.QuerySelectorAll("[data-testid=message]").Length);
        Assert.Contains("q=", second.QuerySelector("a[rel=prev]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("failed@example.org", byRecipient.QuerySelector("[data-testid=message] td:nth-child(2)")!.TextContent.Trim());
        Assert.Equal("sent@example.org", byRecipientDescending.QuerySelector("[data-testid=message] td:nth-child(2)")!.TextContent.Trim());
        Assert.Equal("failed@example.org", Assert.Single(failedOnly.QuerySelectorAll("[data-testid=message]")).QuerySelectorAll("td")[1].TextContent.Trim());
    }

    private static OutboxEmail Message(string subject, string to, DateTimeOffset at, Action<OutboxEmail>? change = null)
    {
        var message = new OutboxEmail { To = to, Subject = subject, Body = "Body", CreatedAt = at, NextAttemptAt = at };
        change?.Invoke(message);
        return message;
    }

    private async Task AddAsync(IEnumerable<OutboxEmail> messages)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        db.OutboxEmails.AddRange(messages);
        await db.SaveChangesAsync(Cancel);
    }
}

public sealed class OutboxPageTestsOnSqlite(SqliteHost host) : OutboxPageTests(host);

public sealed class OutboxPageTestsOnPostgres(PostgresHost host) : OutboxPageTests(host);
