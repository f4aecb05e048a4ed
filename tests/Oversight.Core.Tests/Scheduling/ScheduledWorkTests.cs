using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Scheduling;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Scheduling;

public abstract class ScheduledWorkTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task TryRunExclusive_WhileAnotherCallerHoldsTheJob_DoesNotRun()
    {
        var inside = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var holder = host.WithAsync(s => s.GetRequiredService<ScheduledWork>().TryRunExclusiveAsync("test-job", async _ =>
        {
            inside.SetResult();
            await release.Task;
        }, CancellationToken.None));
        await inside.Task.WaitAsync(TestContext.Current.CancellationToken);

        var whileHeld = await host.WithAsync(s => s.GetRequiredService<ScheduledWork>().TryRunExclusiveAsync("test-job", _ => Task.CompletedTask, CancellationToken.None));
        var otherJob = await host.WithAsync(s => s.GetRequiredService<ScheduledWork>().TryRunExclusiveAsync("other-job", _ => Task.CompletedTask, CancellationToken.None));
        release.SetResult();
        var held = await holder;
        var afterwards = await host.WithAsync(s => s.GetRequiredService<ScheduledWork>().TryRunExclusiveAsync("test-job", _ => Task.CompletedTask, CancellationToken.None));

        Assert.True(held);
        Assert.False(whileHeld);
        Assert.True(otherJob);
        Assert.True(afterwards);
    }

    [Fact]
    public async Task RunOncePerPeriod_SamePeriodTwice_RunsOnceThenAgainInTheNextPeriod()
    {
        var runs = 0;
        Task Work(CancellationToken _)
        {
            runs++;
            return Task.CompletedTask;
        }

        var monday = await host.WithAsync(s => s.GetRequiredService<ScheduledWork>().RunOncePerPeriodAsync("daily", "2026-12-07", Work, CancellationToken.None));
        var mondayAgain = await host.WithAsync(s => s.GetRequiredService<ScheduledWork>().RunOncePerPeriodAsync("daily", "2026-12-07", Work, CancellationToken.None));
        var tuesday = await host.WithAsync(s => s.GetRequiredService<ScheduledWork>().RunOncePerPeriodAsync("daily", "2026-12-08", Work, CancellationToken.None));

        Assert.Equal([true, false, true], [monday, mondayAgain, tuesday]);
        Assert.Equal(2, runs);
    }
}

public sealed class SqliteScheduledWorkTests() : ScheduledWorkTests(DatabaseProvider.Sqlite);

public sealed class PostgresScheduledWorkTests() : ScheduledWorkTests(DatabaseProvider.Postgres);
