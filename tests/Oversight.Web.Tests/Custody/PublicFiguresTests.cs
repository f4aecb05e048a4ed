using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Justice;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Custody;

/// Figures for 2005/06, a year no other test uses.
public abstract class PublicFiguresTests(HostFixture host)
{
    [Fact]
    public async Task PublicPage_WithholdsCountsUnderFive()
    {
        await using (var scope = host.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            if (!db.JusticeReferrals.Any(r => r.OffenceType == "public-figures-test"))
            {
                foreach (var cohort in Enumerable.Repeat(Cohort.Adult, 2).Concat(Enumerable.Repeat(Cohort.Child, 6)))
                {
                    db.JusticeReferrals.Add(new JusticeReferral
                    {
                        Cohort = cohort,
                        OffenceType = "public-figures-test",
                        District = "Leeds",
                        AgeBand = "15-17",
                        DeliveredBy = "Leeds Youth Justice Service",
                        Sex = Sex.Male,
                        DisposedAt = new DateTimeOffset(2005, 6, 1, 12, 0, 0, TimeSpan.Zero),
                    });
                }

                await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            }
        }

        var page = await (await host.Factory.CreateBrowserlessClient().GetAsync("/custody-and-justice?year=2005", TestContext.Current.CancellationToken)).GetDocumentAsync();

        var justice = page.QuerySelector("[data-testid=public-justice]")!.TextContent;
        Assert.Contains("fewer than 5 (withheld female)", justice, StringComparison.Ordinal);
        Assert.Contains("6 (0% female)", justice, StringComparison.Ordinal);
        Assert.DoesNotContain(">2<", page.QuerySelector("[data-testid=public-justice]")!.InnerHtml, StringComparison.Ordinal);
    }
}

public sealed class PublicFiguresTestsOnSqlite(SqliteHost host) : PublicFiguresTests(host);

public sealed class PublicFiguresTestsOnPostgres(PostgresHost host) : PublicFiguresTests(host);
