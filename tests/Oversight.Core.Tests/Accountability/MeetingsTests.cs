using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Accountability;

public abstract class MeetingsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Years_AreThoseWithMeetingsNewestFirstOnce()
    {
        var years = await host.WithAsync(async sp =>
        {
            var meetings = sp.GetRequiredService<Meetings>();
            // 31 March and 1 April fall either side of a financial year's end.
            foreach (var day in new DateOnly[] { new(2023, 5, 10), new(2024, 3, 31), new(2024, 4, 1), new(2024, 9, 1) })
            {
                var saved = await meetings.CreateAsync(new MeetingDetails(Body.ShortGovernance, $"Meeting on {day:yyyy-MM-dd}", null, day, null, null), CancellationToken.None);
                Assert.True(saved.Succeeded, string.Join("; ", saved.Errors));
            }

            return await meetings.YearsAsync(CancellationToken.None);
        });

        Assert.Equal(["2024-25", "2023-24"], years);
    }

    [Fact]
    public async Task Create_WithoutATitle_SavesNothingAndNamesTheField()
    {
        var saved = await host.WithAsync(sp => sp.GetRequiredService<Meetings>()
            .CreateAsync(new MeetingDetails(Body.ShortGovernance, " ", null, new DateOnly(2024, 6, 1), null, null), CancellationToken.None));

        Assert.False(saved.Succeeded);
        Assert.False(saved.NotFound);
        Assert.Null(saved.Id);
        Assert.Equal("Title", Assert.Single(saved.Errors).Field);
    }
}

public sealed class MeetingsTestsOnSqlite() : MeetingsTests(DatabaseProvider.Sqlite);

public sealed class MeetingsTestsOnPostgres() : MeetingsTests(DatabaseProvider.Postgres);
