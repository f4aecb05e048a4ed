using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Demo;

namespace Oversight.Cli.Tests.Commands;

public abstract class ExportCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CliRun cli = new() { Provider = provider };
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-360giving-").FullName;

    public ValueTask InitializeAsync() => cli.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        await cli.DisposeAsync();
    }

    [Fact]
    public async Task Export360Giving_EachFormat_WritesTheYearsAwardedGrants()
    {
        await LoadDemoFundingAsync();

        foreach (var format in new[] { "json", "csv", "xlsx" })
        {
            var path = Path.Combine(folder, "grants." + format);
            var result = await cli.RunAsync("export", "360giving", "--year", "2024-25", "--format", format, "--output", path);

            Assert.Equal((0, ""), (result.ExitCode, result.Error));
            Assert.Contains($"Wrote 126 grants for 2024-25 to {path}", result.Output, StringComparison.Ordinal);
            Assert.True(new FileInfo(path).Length > 0);
        }

        using var json = JsonDocument.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, "grants.json"), TestContext.Current.CancellationToken));
        Assert.Equal(126, json.RootElement.GetProperty("grants").GetArrayLength());
    }

    [Theory]
    [InlineData("2024/25", "json", "--year must be a financial year like 2024-25, not '2024/25'")]
    [InlineData("2024-25", "pdf", "--format must be json, csv or xlsx, not 'pdf'")]
    public async Task Export360Giving_BadOption_SaysWhatIsWrong(string year, string format, string message)
    {
        var result = await cli.RunAsync("export", "360giving", "--year", year, "--format", format, "--output", Path.Combine(folder, "x"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    private async Task LoadDemoFundingAsync()
    {
        await cli.RunAsync("db", "migrate");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Oversight"] = cli.ConnectionString,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddScoped<IAuditActor>(_ => new SystemAuditActor("test"));
        services.AddOversightCore(configuration);
        await using var provided = services.BuildServiceProvider();
        await using var scope = provided.CreateAsyncScope();
        await DemoFunding.LoadAsync(scope.ServiceProvider.GetRequiredService<OversightDbContext>(), TimeProvider.System, TestContext.Current.CancellationToken);
    }
}

public sealed class ExportCommandTestsOnSqlite() : ExportCommandTests(DatabaseProvider.Sqlite);

public sealed class ExportCommandTestsOnPostgres() : ExportCommandTests(DatabaseProvider.Postgres);
