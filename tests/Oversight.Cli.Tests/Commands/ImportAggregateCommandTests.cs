using System.Text.Json;
using Oversight.Core.Data;
using Oversight.TestCommon;

namespace Oversight.Cli.Tests.Commands;

public abstract class ImportAggregateCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CliRun cli = new() { Provider = provider };
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-cli-aggregate-").FullName;
    private readonly string searches = SharedData.Path("police-uk", "leeds", "leeds_msoa_monthly_stop_search_total_2022-07_2025-07.csv");

    public async ValueTask InitializeAsync()
    {
        await cli.InitializeAsync();
        await cli.RunAsync("db", "migrate");
    }

    public async ValueTask DisposeAsync()
    {
        await cli.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Json_LeedsSearchTotals_WritesOneObservationAMonthAndNothingTheSecondTime()
    {
        var first = await cli.RunAsync("import", "aggregate", searches, "--area", "leeds", "--first-month", "2022-08", "--json");
        var again = await cli.RunAsync("import", "aggregate", searches, "--area", "leeds", "--first-month", "2022-08", "--json");

        Assert.Equal((0, ""), (first.ExitCode, first.Error));
        var file = JsonDocument.Parse(first.Output).RootElement.GetProperty("files").EnumerateArray().Single();
        Assert.Equal("StopSearchTotal", file.GetProperty("shape").GetString());
        Assert.Equal(36, file.GetProperty("months").GetInt32());
        Assert.Equal(36, file.GetProperty("observations").GetInt32());
        Assert.False(file.GetProperty("unchanged").GetBoolean());
        Assert.Equal(0, again.ExitCode);
        Assert.True(JsonDocument.Parse(again.Output).RootElement.GetProperty("files")[0].GetProperty("unchanged").GetBoolean());
    }

    [Fact]
    public async Task Text_SparseTable_SaysHowManyMonthsAndObservations()
    {
        var file = Path.Combine(folder, "searches.csv");
        await File.WriteAllTextAsync(file, "month,msoa_name,search_count,census_population,workday_population\n2024-01,A,3,1,1\n2024-03,A,2,1,1\n", TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("import", "aggregate", file, "--area", "leeds");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("searches.csv: 3 months, 3 observations written", result.Output.Trim());
    }

    [Fact]
    public async Task BadCount_ExitsOneNamingLineAndColumn()
    {
        var file = Path.Combine(folder, "searches.csv");
        await File.WriteAllTextAsync(file, "month,msoa_name,search_count,census_population,workday_population\n2024-01,A,5,1,1\n2024-02,A,x,1,1\n", TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("import", "aggregate", file, "--area", "leeds", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("oversight: rejected searches.csv: line 3, column \"search_count\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownArea_IsBadUsageNamingTheDistricts()
    {
        var result = await cli.RunAsync("import", "aggregate", searches, "--area", "york");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Area \"york\" is not \"force\" or one of: bradford, calderdale, kirklees, leeds, wakefield", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoArea_IsBadUsageExitingTwo()
    {
        var result = await cli.RunAsync("import", "aggregate", searches);

        Assert.Equal(2, result.ExitCode);
    }
}

public sealed class ImportAggregateCommandTestsOnSqlite() : ImportAggregateCommandTests(DatabaseProvider.Sqlite);

public sealed class ImportAggregateCommandTestsOnPostgres() : ImportAggregateCommandTests(DatabaseProvider.Postgres);
