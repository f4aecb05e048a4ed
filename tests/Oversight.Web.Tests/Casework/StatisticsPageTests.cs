using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Core.Demo;
using Oversight.TestCommon;
using Oversight.Web.Pages.Casework.Statistics;

namespace Oversight.Web.Tests.Casework;

/// The statistics pages over the demo casework, on a host of its own so the counts are exactly the demo's.
public sealed class StatisticsPageTests(StatisticsPageTests.DemoHost host) : IClassFixture<StatisticsPageTests.DemoHost>
{
    [Fact]
    public async Task PublicPage_ShowsTheYearsReviewsWithoutSigningIn()
    {
        await host.LoadAsync();
        var member = host.Factory.CreateBrowserlessClient();

        var page = await member.PageAsync("/complaint-reviews/performance");
        var years = page.QuerySelectorAll("[data-testid=year-picker] option").Select(o => o.GetAttribute("value")).ToList();
        var year2022 = await member.PageAsync("/complaint-reviews/performance?year=2022");

        // The casework demo runs to 2024/25: the page opens on it, and lists every year back to 2021/22.
        Assert.Equal(["2024", "2023", "2022", "2021"], years);
        Assert.Equal("234", page.QuerySelector("[data-testid=review-figures-2024] [data-testid=received]")?.TextContent.Trim());
        Assert.NotNull(year2022.QuerySelector("[data-testid=review-figures-2022]"));
        Assert.Null(year2022.QuerySelector("[data-testid=review-figures-2024]"));
    }

    [Fact]
    public async Task StaffPage_ShowsOver970MembersOfThePublicIn2024To25()
    {
        await host.LoadAsync();
        var officer = await host.ClientForRoleAsync(Roles.CaseworkOfficer);

        var page = await officer.PageAsync("/casework/statistics?year=2024");

        Assert.StartsWith("974 members of the public", page.Text("enquiry-total"), StringComparison.Ordinal);
        Assert.Contains("3 surgeries", page.Text("enquiry-total"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, true, "0")]
    [InlineData(1, true, "fewer than 5")]
    [InlineData(4, true, "fewer than 5")]
    [InlineData(5, true, "5")]
    [InlineData(3, false, "3")]
    public void Count_PublishedSmallNumbers_AreWithheld(int count, bool publish, string expected) =>
        Assert.Equal(expected, StatisticsText.Count(count, publish));

    [Theory]
    [InlineData(3, 40, true, "withheld")]
    [InlineData(10, 4, true, "withheld")]
    [InlineData(10, 40, true, "25%")]
    [InlineData(4, 40, false, "10%")]
    public void Rate_FromSmallNumbersWhenPublished_IsWithheld(int part, int whole, bool publish, string expected) =>
        Assert.Equal(expected, StatisticsText.Rate(part, whole, publish));

    public sealed class DemoHost() : HostFixture(DatabaseProvider.Sqlite)
    {
        private readonly SemaphoreSlim once = new(1, 1);
        private bool loaded;

        public async Task LoadAsync()
        {
            await once.WaitAsync();
            try
            {
                if (!loaded)
                {
                    await using var scope = Factory.Services.CreateAsyncScope();
                    await DemoCasework.LoadAsync(scope.ServiceProvider.GetRequiredService<OversightDbContext>(), CancellationToken.None);
                    loaded = true;
                }
            }
            finally
            {
                once.Release();
            }
        }
    }
}
