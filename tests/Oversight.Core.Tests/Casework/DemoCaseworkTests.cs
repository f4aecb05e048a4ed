using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Casework.Reviews;
using Oversight.Core.Casework.Statistics;
using Oversight.Core.Demo;

namespace Oversight.Core.Tests.Casework;

/// The demo casework, counted through the statistics service: 2024/25 must match the Mayor's annual report.
public abstract class DemoCaseworkTests(CaseworkHost host)
{
    [Fact]
    public async Task Demo_Year2024To25_MatchesTheAnnualReport()
    {
        await host.WithDbAsync(async db =>
        {
            await DemoCasework.LoadAsync(db, CancellationToken.None);
            return true;
        });

        var (year, years) = await host.WithAsync(async sp =>
        {
            var statistics = sp.GetRequiredService<CaseworkStatistics>();
            return (await statistics.YearAsync(2024, CancellationToken.None), await statistics.YearsAsync(CancellationToken.None));
        });

        Assert.True(year.Enquiries.Total > 970, $"{year.Enquiries.Total} members of the public");
        Assert.Equal(234, year.Reviews.Received);
        Assert.Equal(3, year.Surgeries.Held);
        Assert.Equal([2024, 2023, 2022, 2021], years);
        Assert.Equal(year.Enquiries.Total, year.Enquiries.ByCategory.Values.Sum());
        Assert.Equal(year.Reviews.Received, year.Reviews.Valid + year.Reviews.Invalid);
        Assert.InRange(year.Reviews.Upheld, 1, year.Reviews.Completed - 1);
        Assert.True(year.Reviews.ByType.ContainsKey(ReviewType.Investigation));
        Assert.InRange(year.Reviews.ForwardedToIopc, 1, 40);
        Assert.InRange(year.Reviews.OutOfTime, 1, 40);
        Assert.InRange(year.Reviews.RecommendationsAccepted, 1, year.Reviews.RecommendationsMade);
        Assert.NotEmpty(year.Reviews.LearningThemes);
    }
}

public sealed class DemoCaseworkTestsOnSqlite(SqliteCaseworkHost host) : DemoCaseworkTests(host), IClassFixture<SqliteCaseworkHost>;

public sealed class DemoCaseworkTestsOnPostgres(PostgresCaseworkHost host) : DemoCaseworkTests(host), IClassFixture<PostgresCaseworkHost>;
