using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.Core.VictimsCode;

namespace Oversight.Browser.Tests;

/// The Victims' Code pages and the body deletion page on the narrowest phone, holding the demo's two quarters of
/// returns and a review: no axe violations, nothing wider than 320 px.
public class VictimsCodePagesTests(BrowserHost host)
{
    private static readonly SemaphoreSlim Once = new(1, 1);

    [Theory]
    [InlineData("/accountability/victims-code")]
    [InlineData("/accountability/victims-code/reviews/new")]
    [InlineData("/data/victims-code/police/upload")]
    [InlineData("/accountability/bodies/leeds-community-safety-partnership/delete")]
    public async Task Page_At320Pixels_HasNoAccessibilityViolationsAndReflows(string url)
    {
        await SetUpAsync();
        var page = await host.NewPageAsync(320);
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);

        await page.GotoAsync(url);

        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{url} is wider than 320 px");
    }

    [Fact]
    public async Task Review_At320Pixels_HasNoAccessibilityViolationsAndReflows()
    {
        await SetUpAsync();
        var page = await host.NewPageAsync(320);
        await page.SignInAsync(BrowserHost.AdminEmail, BrowserHost.Password);
        await page.GotoAsync("/accountability/victims-code");

        await page.Locator("[data-testid=reviews] a").First.ClickAsync();

        Assert.Contains("/accountability/victims-code/reviews/", page.Url, StringComparison.Ordinal);
        await page.AssertNoAxeViolationsAsync();
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 320, $"{page.Url} is wider than 320 px");
    }

    // The demo's returns, the group with a meeting and a review of 2024-25 Q3, and a partnership's body.
    private async Task SetUpAsync()
    {
        await Once.WaitAsync();
        try
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            if (await db.Set<CodeComplianceReview>().AnyAsync())
            {
                return;
            }

            await DemoVictimsCode.LoadValuesAsync(db, CancellationToken.None);
            if (!await db.Set<Body>().AnyAsync(b => b.Key == Body.VictimsAndWitnesses))
            {
                db.Add(new Body { Key = Body.VictimsAndWitnesses, Name = "Victims and Witnesses Group", CountsAs = "Victims and Witnesses Group", Kind = BodyKind.Group, Frequency = "Six times a year" });
            }

            await CommunitySafetyPartnerships.BodyIdAsync(db, "Leeds", CancellationToken.None);
            await db.SaveChangesAsync();
            await scope.ServiceProvider.GetRequiredService<Meetings>()
                .CreateAsync(new MeetingDetails(Body.VictimsAndWitnesses, "Victims and Witnesses Group, February 2025", null, new DateOnly(2025, 2, 14), null, null), CancellationToken.None);
            await DemoVictimsCode.LoadReviewsAsync(db, CancellationToken.None);
        }
        finally
        {
            Once.Release();
        }
    }
}
