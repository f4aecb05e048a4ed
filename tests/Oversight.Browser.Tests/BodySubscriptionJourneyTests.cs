using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Domain.Calendar;

namespace Oversight.Browser.Tests;

/// A member of the public on a 320 px phone subscribes to the Community Outcomes Meetings, confirms by the link in the
/// first e-mail, and is sent the agenda of the next meeting once its five clear days' notice begins; an administrator
/// sees the message in the outbox. Every page on the way is checked with axe and for sideways scrolling.
public sealed class BodySubscriptionJourneyTests(BrowserHost host)
{
    [Fact]
    public async Task Subscriber_OnAPhone_ConfirmsAndReceivesTheAgendaInTheOutbox()
    {
        var email = $"subscriber-{Guid.NewGuid():N}"[..24] + "@example.test";
        var visitor = await host.NewPageAsync(320, 740);
        await visitor.GotoAsync("/bodies");
        await AssertPageAsync(visitor);
        await visitor.GetByRole(AriaRole.Link, new() { Name = "Community Outcomes Meeting" }).ClickAsync();
        await AssertPageAsync(visitor);
        await visitor.GetByLabel("Email address").FillAsync(email);
        await visitor.GetByTestId("subscribe").ClickAsync();
        await Assertions.Expect(visitor.GetByTestId("check-email")).ToBeVisibleAsync();
        await AssertPageAsync(visitor);

        await visitor.GotoAsync("/bodies/subscriptions/confirm?token=" + (await host.TokenSentToAsync(email)).Trim().Split('\n')[0].Trim());
        await AssertPageAsync(visitor);
        await visitor.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(visitor.GetByTestId("confirmed")).ToBeVisibleAsync();
        await AssertPageAsync(visitor);

        // The office records the next meeting, six working days ahead, so its notice begins today; the daily job runs.
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var title = $"Community Outcomes Meeting: road safety {Guid.NewGuid():N}"[..60];
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var meetings = scope.ServiceProvider.GetRequiredService<Meetings>();
            var saved = await meetings.CreateAsync(new MeetingDetails(Body.CommunityOutcomes, title, "Road safety", WorkingDays.Add(today, 6), null, null), CancellationToken.None);
            await meetings.AddAgendaItemAsync(saved.Id!.Value, "Vision Zero: report of the Chief Constable", null, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<BodySubscriptions>().SendDueAsync(CancellationToken.None);
        }

        var admin = await host.NewPageAsync();
        await admin.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        await admin.GotoAsync("/admin/outbox?q=" + Uri.EscapeDataString(email));
        await Assertions.Expect(admin.GetByTestId("outbox")).ToContainTextAsync("Agenda published: " + title);

        // The agenda is public on the meeting's page.
        await visitor.GotoAsync("/bodies/community-outcomes");
        await visitor.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(visitor.GetByText("Vision Zero: report of the Chief Constable")).ToBeVisibleAsync();
        await AssertPageAsync(visitor);
    }

    [Fact]
    public async Task StaffBodyPages_HaveNoAccessibilityViolations_AndReflowAt320Pixels()
    {
        var page = await host.NewPageAsync(320, 740);
        await page.SignInAsync(BrowserHost.AnalystEmail, BrowserHost.Password);
        foreach (var url in new[] { "/accountability/bodies", "/accountability/bodies/new", "/accountability/bodies/community-outcomes", "/accountability/bodies/community-outcomes/edit" })
        {
            await page.GotoAsync(url);
            await AssertPageAsync(page);
        }

        await page.GotoAsync("/accountability/bodies/new");
        await page.GetByTestId("save-body").ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the body's name");
        await AssertPageAsync(page);
    }

    private static async Task AssertPageAsync(IPage page)
    {
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), $"{page.Url} scrolls sideways at {page.ViewportSize?.Width} px");
        await page.AssertNoAxeViolationsAsync();
    }
}
