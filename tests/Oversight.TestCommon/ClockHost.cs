using Microsoft.Extensions.Time.Testing;
using Oversight.Core.Data;

namespace Oversight.TestCommon;

/// A host of its own whose clock the tests move. Use it as a class fixture: moving the clock of the shared
/// host would upset every other test running beside it.
public abstract class ClockHost(DatabaseProvider provider, FakeTimeProvider clock) : HostFixture(provider, clock)
{
    // Starts at the real time, so data protection keys and cookies stay valid while tests move days, not years.
    protected ClockHost(DatabaseProvider provider)
        : this(provider, new FakeTimeProvider(TimeProvider.System.GetUtcNow()))
    {
    }

    public FakeTimeProvider Clock => clock;

    /// Moves the clock on to midday (UTC, so the same date in the UK) of the day, then signs in afresh, since a
    /// cookie from days before has expired. The clock only moves forward.
    public Task<HttpClient> SignInOnAsync(string email, DateOnly day)
    {
        clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));
        return SignInAsync(email);
    }

    // Its own key folder, so keys made on the fake clock never reach the other hosts.
    protected override IReadOnlyDictionary<string, string?>? Settings => new Dictionary<string, string?>
    {
        ["DataProtection:KeysPath"] = Path.Combine(Path.GetTempPath(), $"oversight-test-keys-{Guid.NewGuid():N}"),
    };
}

public sealed class SqliteClockHost() : ClockHost(DatabaseProvider.Sqlite);

public sealed class PostgresClockHost() : ClockHost(DatabaseProvider.Postgres);
