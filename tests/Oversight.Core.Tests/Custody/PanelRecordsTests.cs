using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Custody;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Custody;

public abstract class PanelRecordsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task AddMeeting_ToNoSuchPanel_IsNotFound()
    {
        var saved = await host.WithAsync(sp => sp.GetRequiredService<PanelRecords>().AddMeetingAsync("no-such-panel", new DateOnly(2025, 5, 1), CancellationToken.None));

        Assert.True(saved.NotFound);
        Assert.False(saved.Succeeded);
        Assert.Null(saved.Id);
    }

    [Fact]
    public async Task AddMeeting_TwiceOnOneDay_SavesTheFirstAndNamesTheDateForTheSecond()
    {
        var (first, second) = await host.WithAsync(async sp =>
        {
            var saved = await sp.GetRequiredService<CustodySetup>().SavePanelAsync(null, "Stop and search panel", "Reviews stop and search", false, CancellationToken.None);
            Assert.True(saved.Succeeded);
            var panel = saved.Key;
            var records = sp.GetRequiredService<PanelRecords>();
            var day = new DateOnly(2025, 5, 1);
            return (await records.AddMeetingAsync(panel!, day, CancellationToken.None), await records.AddMeetingAsync(panel!, day, CancellationToken.None));
        });

        Assert.True(first.Succeeded);
        Assert.NotNull(first.Id);
        Assert.False(second.NotFound);
        Assert.Null(second.Id);
        Assert.Equal("HeldOn", Assert.Single(second.Errors).Field);
    }
}

public sealed class PanelRecordsTestsOnSqlite() : PanelRecordsTests(DatabaseProvider.Sqlite);

public sealed class PanelRecordsTestsOnPostgres() : PanelRecordsTests(DatabaseProvider.Postgres);
