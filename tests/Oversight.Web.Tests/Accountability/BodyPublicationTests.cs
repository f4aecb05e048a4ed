using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Accounts;
using Oversight.Domain.Accountability;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Accountability;

/// A public body's publications: agendas and papers five clear days before each meeting, minutes once approved, and
/// e-mail subscriptions (double opt-in, one-click unsubscribe). Each test moves the clock forward from where it is.
public abstract partial class BodyPublicationTests(ClockHost host)
{
    private DateOnly Today => DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime);

    private void MoveTo(DateOnly day) => host.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    private async Task<Guid> MeetingAsync(DateOnly date, string title)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var meetings = scope.ServiceProvider.GetRequiredService<Meetings>();
        var saved = await meetings.CreateAsync(new MeetingDetails(Body.CommunityOutcomes, title, null, date, null, null), TestContext.Current.CancellationToken);
        await meetings.AddAgendaItemAsync(saved.Id!.Value, "Neighbourhood policing", null, TestContext.Current.CancellationToken);
        return saved.Id!.Value;
    }

    private async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    // A Friday at least a month past the clock, so the notice begins after today.
    private DateOnly NextMeetingDay()
    {
        var day = Today.AddDays(30);
        while (day.DayOfWeek != DayOfWeek.Friday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    [Fact]
    public async Task Agenda_IsPublicFromFiveClearDaysBefore_AndMinutesOnlyOnceApproved()
    {
        var date = NextMeetingDay();
        var id = await MeetingAsync(date, $"Community Outcomes Meeting {date:yyyy-MM-dd}");
        var publishOn = AgendaNotice.PublishOn(date, 5);
        var anyone = host.Factory.CreateBrowserlessClient();

        MoveTo(publishOn.AddDays(-1));
        var early = await anyone.GetAsync($"/meetings/{id}", TestContext.Current.CancellationToken);
        MoveTo(publishOn);
        var onTime = await anyone.GetAsync($"/meetings/{id}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onTime.StatusCode);
        var agenda = await onTime.GetDocumentAsync();
        Assert.Contains("Neighbourhood policing", agenda.DocumentElement.TextContent, StringComparison.Ordinal);
        Assert.NotNull(agenda.QuerySelector("[data-testid=minutes-pending]"));

        await WithAsync(sp => sp.GetRequiredService<Meetings>().SaveMinutesAsync(id, "Draft minutes not yet approved", false, "Officer", TestContext.Current.CancellationToken));
        var draft = await (await anyone.GetAsync($"/meetings/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.DoesNotContain("Draft minutes", draft.DocumentElement.TextContent, StringComparison.Ordinal);

        await WithAsync(sp => sp.GetRequiredService<Meetings>().SaveMinutesAsync(id, "Approved minutes of the meeting", true, "Officer", TestContext.Current.CancellationToken));
        var approved = await (await anyone.GetAsync($"/meetings/{id}", TestContext.Current.CancellationToken)).GetDocumentAsync();
        Assert.Equal("Approved minutes of the meeting", approved.Text("minutes"));
    }

    [Fact]
    public async Task PublicMeetingsList_KeptForTheAnonymousPublic_ShowsAnAgendaOnItsPublicationDay()
    {
        var date = NextMeetingDay();
        var id = await MeetingAsync(date, $"Community Outcomes Meeting {date:yyyy-MM-dd}");
        var publishOn = AgendaNotice.PublishOn(date, 5);
        var anyone = host.Factory.CreateBrowserlessClient();

        // The day before, the list is made and kept; nothing is saved between the two visits.
        MoveTo(publishOn.AddDays(-1));
        var before = await (await anyone.GetAsync("/meetings", TestContext.Current.CancellationToken)).GetDocumentAsync();
        MoveTo(publishOn);
        var onTheDay = await (await anyone.GetAsync("/meetings", TestContext.Current.CancellationToken)).GetDocumentAsync();

        Assert.Null(before.QuerySelector($"a[href='/meetings/{id}']"));
        Assert.NotNull(onTheDay.QuerySelector($"a[href='/meetings/{id}']"));
    }

    [Fact]
    public async Task Subscriber_ConfirmsByTheLink_GetsTheAgenda_AnUnconfirmedAddressGetsNothing_AndOneClickUnsubscribes()
    {
        var anyone = host.Factory.CreateBrowserlessClient();
        var stamp = Guid.NewGuid().ToString("N")[..8];
        var confirmed = $"confirmed-{stamp}@example.test";
        var unconfirmed = $"unconfirmed-{stamp}@example.test";

        foreach (var address in new[] { confirmed, unconfirmed })
        {
            var posted = await anyone.PostFormAsync("/bodies/community-outcomes", new Dictionary<string, string> { ["Email"] = address });
            Assert.NotNull((await posted.GetDocumentAsync()).QuerySelector("[data-testid=check-email]"));
        }

        var firstEmail = (await host.QueryAsync(db => db.OutboxEmails.Where(m => m.To == confirmed))).Single();
        var token = TokenLink().Match(firstEmail.Body).Groups[1].Value;
        var confirm = await anyone.PostFormAsync("/bodies/subscriptions/confirm", new Dictionary<string, string> { ["token"] = token }, "/bodies/subscriptions/confirm?token=" + token);
        Assert.NotNull((await confirm.GetDocumentAsync()).QuerySelector("[data-testid=confirmed]"));

        var date = NextMeetingDay();
        var title = $"Community Outcomes Meeting {date:yyyy-MM-dd} for subscribers";
        var id = await MeetingAsync(date, title);
        MoveTo(AgendaNotice.PublishOn(date, 5));
        await WithAsync(sp => sp.GetRequiredService<BodySubscriptions>().SendDueAsync(TestContext.Current.CancellationToken));

        var toConfirmed = await host.QueryAsync(db => db.OutboxEmails.Where(m => m.To == confirmed).OrderBy(m => m.CreatedAt));
        var toUnconfirmed = await host.QueryAsync(db => db.OutboxEmails.Where(m => m.To == unconfirmed));
        // Other tests on this host hold meetings of the same body, which reach this subscriber too: find this one's.
        Assert.StartsWith("Confirm your subscription", toConfirmed[0].Subject, StringComparison.Ordinal);
        var agenda = toConfirmed.Single(m => m.Subject.StartsWith("Agenda published: " + title, StringComparison.Ordinal));
        Assert.StartsWith("Agenda published: Community Outcomes Meeting", agenda.Subject, StringComparison.Ordinal);
        Assert.Contains("1. Neighbourhood policing", agenda.Body, StringComparison.Ordinal);
        Assert.Equal("/bodies/subscriptions/unsubscribe?token=" + token, agenda.ListUnsubscribe);
        Assert.Single(toUnconfirmed);

        // A mail program's one-click unsubscribe: a plain post with no antiforgery token (RFC 8058).
        var unsubscribed = await anyone.PostAsync(agenda.ListUnsubscribe, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
        Assert.Empty(await host.QueryAsync(db => db.Set<BodySubscription>().Where(s => s.Email == confirmed)));
        var beforeMinutes = (await host.QueryAsync(db => db.OutboxEmails.Where(m => m.To == confirmed))).Count;

        // Other tests on this host hold meetings of the same body, so count what this address gets from here on: nothing.
        await WithAsync(sp => sp.GetRequiredService<Meetings>().SaveMinutesAsync(id, "Approved", true, "Officer", TestContext.Current.CancellationToken));
        await WithAsync(sp => sp.GetRequiredService<BodySubscriptions>().SendDueAsync(TestContext.Current.CancellationToken));
        var after = await host.QueryAsync(db => db.OutboxEmails.Where(m => m.To == confirmed));
        Assert.Equal(beforeMinutes, after.Count);
        Assert.DoesNotContain(after, m => m.Subject.StartsWith("Minutes approved: " + title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Members_NamesArePublishedOnlyWhereChosen_AndTheChoiceIsOffByDefault()
    {
        var staff = await host.SignInAsync(await host.CreateUserAsync(Roles.Analyst));
        var name = $"Youth Advisory Group {Guid.NewGuid():N}"[..40];
        var created = await staff.PostFormAsync("/accountability/bodies/new", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["Kind"] = "Group",
            ["Frequency"] = "Ten times a year",
            ["IsPublic"] = "yes",
            ["NoticeClearDays"] = "5",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var staffPage = created.Headers.Location!.OriginalString;
        var key = staffPage.Split('/')[^1];

        // No PublishName field posted: the default, off.
        await staff.PostFormAsync($"{staffPage}?handler=member", new Dictionary<string, string> { ["MemberName"] = "Amira Private", ["MemberRole"] = "Member" }, staffPage);
        await staff.PostFormAsync($"{staffPage}?handler=member", new Dictionary<string, string> { ["MemberName"] = "Jo Public", ["MemberRole"] = "Chair", ["PublishName"] = "yes" }, staffPage);

        var members = (await (await host.Factory.CreateBrowserlessClient().GetAsync($"/bodies/{key}", TestContext.Current.CancellationToken)).GetDocumentAsync()).Text("members");
        Assert.Contains("Jo Public", members, StringComparison.Ordinal);
        Assert.DoesNotContain("Amira Private", members, StringComparison.Ordinal);
        Assert.Contains("A member, Member", members, StringComparison.Ordinal);
        var staffMembers = (await (await staff.GetAsync(staffPage, TestContext.Current.CancellationToken)).GetDocumentAsync()).Text("members");
        Assert.Contains("Amira Private", staffMembers, StringComparison.Ordinal);
    }

    [GeneratedRegex("token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenLink();
}

public sealed class BodyPublicationTestsOnSqlite(SqliteClockHost host) : BodyPublicationTests(host), IClassFixture<SqliteClockHost>;

public sealed class BodyPublicationTestsOnPostgres(PostgresClockHost host) : BodyPublicationTests(host), IClassFixture<PostgresClockHost>;

/// The subscription form's rate limit, on a host of its own so that using up the allowance upsets no other test.
public sealed class BodySubscriptionRateLimitTests(BodySubscriptionRateLimitTests.LimitedHost host) : IClassFixture<BodySubscriptionRateLimitTests.LimitedHost>
{
    [Fact]
    public async Task SubscribeForm_PostsBeyondTheHourlyAllowance_AreRefusedWith429()
    {
        var anyone = host.Factory.CreateBrowserlessClient();
        var codes = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            codes.Add((await anyone.PostFormAsync("/bodies/community-outcomes", new Dictionary<string, string> { ["Email"] = $"flood{i}@example.test" })).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], codes);
    }

    public sealed class LimitedHost() : HostFixture(Oversight.Core.Data.DatabaseProvider.Sqlite)
    {
        protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?> { ["Casework:PublicFormPostsPerHour"] = "2" };
    }
}
