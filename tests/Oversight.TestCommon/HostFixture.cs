using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Xunit;

namespace Oversight.TestCommon;

/// One migrated host per provider for a whole test assembly. Tests create their own uniquely named
/// records, so they can share it without depending on each other.
public abstract class HostFixture(DatabaseProvider provider, TimeProvider? clock = null) : IAsyncLifetime
{
    public const string Password = "Test-password-2024";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<HttpClient>>> clientsByRole = new();
    private TestDatabase? database;

    public OversightFactory Factory { get; private set; } = null!;

    public DatabaseProvider Provider => provider;

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public async ValueTask InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(provider);
        Factory = new OversightFactory(database, Settings, clock);
        await Factory.MigrateAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// Creates an account with a unique email address and returns it.
    public async Task<string> CreateUserAsync(string role, string organisationId = "mayors-office")
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.oversight.test";
        await using var scope = Factory.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateAsync(new NewUser(email, $"Test {role}", Password, role, organisationId), CancellationToken.None);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
        }

        return email;
    }

    /// A signed-in client shared by every test that only reads as this role.
    public Task<HttpClient> ClientForRoleAsync(string role) =>
        clientsByRole.GetOrAdd(role, r => new Lazy<Task<HttpClient>>(() => SignedInClientAsync(r))).Value;

    /// A client signed in as a new user with the given role (partners belong to Leeds City Council).
    public Task<HttpClient> SignedInClientAsync(string role) =>
        SignedInClientAsync(role, role == Roles.PartnerUser ? "leeds-city-council" : "mayors-office");

    /// A client signed in as a new user with the given role and organisation.
    public async Task<HttpClient> SignedInClientAsync(string role, string organisationId) =>
        await SignInAsync(await CreateUserAsync(role, organisationId));

    /// A new client signed in as an existing account.
    public async Task<HttpClient> SignInAsync(string email)
    {
        var client = Factory.CreateBrowserlessClient();
        var response = await client.SignInAsync(email, Password);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}");
        }

        return client;
    }
}

public sealed class SqliteHost() : HostFixture(DatabaseProvider.Sqlite);

public sealed class PostgresHost() : HostFixture(DatabaseProvider.Postgres);
