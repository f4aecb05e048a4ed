using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Cli.Tests;

public sealed record CliResult(int ExitCode, string Output, string Error);

/// Runs the CLI in-process against a database of its own.
public sealed class CliRun : IAsyncLifetime
{
    private TestDatabase database = null!;

    public DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    public string ConnectionString => database.ConnectionString;

    public async ValueTask InitializeAsync() => database = await TestDatabase.CreateAsync(Provider);

    public ValueTask DisposeAsync() => database.DisposeAsync();

    public async Task<CliResult> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] all = [.. args, "--provider", database.Provider.ToString(), "--connection", database.ConnectionString];
        var code = await CliApp.RunAsync(all, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
