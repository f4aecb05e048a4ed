using Oversight.Core.Accounts;
using Oversight.Core.Data;

namespace Oversight.Cli.Tests.Commands;

public abstract class CommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CliRun cli = new() { Provider = provider };

    public ValueTask InitializeAsync() => cli.InitializeAsync();

    public ValueTask DisposeAsync() => cli.DisposeAsync();

    [Fact]
    public async Task DbMigrate_OnEmptyDatabase_AppliesThenReportsUpToDate()
    {
        var first = await cli.RunAsync("db", "migrate");
        var second = await cli.RunAsync("db", "migrate");

        Assert.Equal(0, first.ExitCode);
        Assert.Matches(@"^Applied \d+ migration\(s\): \d+_Initial", first.Output);
        Assert.Equal("Database is up to date.", second.Output.Trim());
    }

    [Fact]
    public async Task UsersAdd_Valid_CreatesTheAccount()
    {
        await cli.RunAsync("db", "migrate");

        var result = await cli.RunAsync("users", "add", "--email", "sam@example.test", "--name", "Sam Smith",
            "--role", Roles.Analyst, "--organisation", "mayors-office", "--password", "Long-enough-pass1");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("Created sam@example.test (Analyst).", result.Output.Trim());
    }

    [Fact]
    public async Task UsersAdd_UnknownOrganisation_ExitsOneWithOneLine()
    {
        await cli.RunAsync("db", "migrate");

        var result = await cli.RunAsync("users", "add", "--email", "sam@example.test", "--name", "Sam",
            "--role", Roles.Analyst, "--organisation", "atlantis", "--password", "Long-enough-pass1");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("oversight: Organisation \"atlantis\" does not exist", result.Error.Trim());
    }

    [Fact]
    public async Task DemoLoad_Twice_LoadsOnceAndListsTheAccounts()
    {
        await cli.RunAsync("db", "migrate");

        var first = await cli.RunAsync("demo", "load");
        var second = await cli.RunAsync("demo", "load");

        Assert.Contains("Demo data loaded.", first.Output, StringComparison.Ordinal);
        Assert.Contains("admin@demo.oversight.test", first.Output, StringComparison.Ordinal);
        Assert.Contains("demo data not loaded", second.Output, StringComparison.Ordinal);
    }
}

public sealed class CommandTestsOnSqlite() : CommandTests(DatabaseProvider.Sqlite);

public sealed class CommandTestsOnPostgres() : CommandTests(DatabaseProvider.Postgres);
