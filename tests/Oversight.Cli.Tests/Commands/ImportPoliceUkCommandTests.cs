using System.Text.Json;
using Oversight.Core.Data;
using Oversight.Core.Performance.PoliceData;
using Oversight.TestCommon;

namespace Oversight.Cli.Tests.Commands;

public abstract class ImportPoliceUkCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CliRun cli = new() { Provider = provider };

    public async ValueTask InitializeAsync()
    {
        await cli.InitializeAsync();
        await cli.RunAsync("db", "migrate");
    }

    public ValueTask DisposeAsync() => cli.DisposeAsync();

    [Fact]
    public async Task Json_TwoGoodFiles_PrintsOneObjectAndExitsZero()
    {
        var month = SharedData.Path("police-uk", "raw", "city-of-london", "2016-03");

        var result = await cli.RunAsync("import", "police-uk", month, "--any-force", "--json");

        Assert.Equal(0, result.ExitCode);
        var files = JsonDocument.Parse(result.Output).RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(3, files.Count);
        var street = files.Single(f => f.GetProperty("kind").GetString() == "street");
        Assert.Equal("2016-03", street.GetProperty("month").GetString());
        Assert.Equal(499, street.GetProperty("rows_read").GetInt32());
        Assert.Equal(499, street.GetProperty("rows_imported").GetInt32());
        Assert.Equal(0, street.GetProperty("rows_rejected").GetInt32());
        Assert.False(street.GetProperty("replaced_previous").GetBoolean());
    }

    [Fact]
    public async Task Json_ImportedAgain_SaysReplacedPrevious()
    {
        var file = SharedData.Path("police-uk", "raw", "city-of-london", "2016-03", "2016-03-city-of-london-street.csv");
        await cli.RunAsync("import", "police-uk", file, "--any-force", "--json");

        var again = await cli.RunAsync("import", "police-uk", file, "--any-force", "--json");

        Assert.True(JsonDocument.Parse(again.Output).RootElement.GetProperty("files")[0].GetProperty("replaced_previous").GetBoolean());
    }

    [Fact]
    public async Task RejectedFile_ExitsOneWithTheReasonOnStderr()
    {
        var folder = Directory.CreateTempSubdirectory("oversight-cli-").FullName;
        var file = Path.Combine(folder, "2016-03-city-of-london-street.csv");
        await File.WriteAllTextAsync(file, string.Join("\n", string.Join(",", PoliceFileFormat.Street),
            ",2016-03,City of London Police,City of London Police,,,No Location,,,Burglary,,", ",2016-04,City of London Police,City of London Police,,,No Location,,,Burglary,,"),
            TestContext.Current.CancellationToken);

        var result = await cli.RunAsync("import", "police-uk", file, "--json");

        Directory.Delete(folder, recursive: true);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("2016-03-city-of-london-street.csv: line 3, column \"Month\": expected 2016-03, the file's month, found \"2016-04\"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherForcesFiles_KeepOnlyTheirMonthlyCounts()
    {
        var month = SharedData.Path("police-uk", "raw", "city-of-london", "2016-03");

        var result = await cli.RunAsync("import", "police-uk", month, "--json");

        Assert.Equal(0, result.ExitCode);
        var files = JsonDocument.Parse(result.Output).RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.All(files, f => Assert.Equal("counts", f.GetProperty("kept").GetString()));
        Assert.Equal(499, files.Single(f => f.GetProperty("kind").GetString() == "street").GetProperty("rows_imported").GetInt32());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SkipBadRows_ReportsEveryRejectedRowOnStderr(bool json)
    {
        var folder = Directory.CreateTempSubdirectory("oversight-cli-").FullName;
        var good = ",2016-01,City of London Police,City of London Police,,,No Location,,,Anti-social behaviour,,";
        var file = Path.Combine(folder, "2016-01-city-of-london-street.csv");
        await File.WriteAllTextAsync(file, string.Join("\r\n", string.Join(",", PoliceFileFormat.Street), good, "x,2016-01,too,few", good,
            "y,2016-01,too,few", ",2016-01,P,P,abc,51,L,E1,N,Burglary,,", good, ""), TestContext.Current.CancellationToken);
        string[] args = ["import", "police-uk", file, "--any-force", "--skip-bad-rows", .. json ? new[] { "--json" } : []];

        var result = await cli.RunAsync(args);

        Directory.Delete(folder, recursive: true);
        Assert.Equal(0, result.ExitCode);
        var skipped = result.Error.Split('\n').Where(l => l.StartsWith("oversight: skipped row ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, skipped.Count);
        Assert.Contains("2016-01-city-of-london-street.csv: line 3: expected 12 fields, found 4", skipped[0], StringComparison.Ordinal);
        Assert.Contains("2016-01-city-of-london-street.csv: line 5: expected 12 fields, found 4", skipped[1], StringComparison.Ordinal);
        Assert.Contains("2016-01-city-of-london-street.csv: line 6, column \"Longitude\"", skipped[2], StringComparison.Ordinal);
        Assert.Contains("2 row(s) rejected: expected 12 fields, found 4", json ? result.Error : result.Output, StringComparison.Ordinal);
        Assert.All(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => Assert.StartsWith("oversight: ", line, StringComparison.Ordinal));
        Assert.DoesNotContain("rows/s", result.Output + result.Error, StringComparison.Ordinal);
        if (json)
        {
            Assert.Equal(3, JsonDocument.Parse(result.Output).RootElement.GetProperty("files")[0].GetProperty("rows_rejected").GetInt32());
        }
    }

    [Fact]
    public async Task MissingPath_ExitsOneNamingIt()
    {
        var result = await cli.RunAsync("import", "police-uk", "/no/such/file.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/no/such/file.csv: no such file or folder", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPath_IsBadUsageExitingTwo()
    {
        var result = await cli.RunAsync("import", "police-uk");

        Assert.Equal(2, result.ExitCode);
    }
}

public sealed class ImportPoliceUkCommandTestsOnSqlite() : ImportPoliceUkCommandTests(DatabaseProvider.Sqlite);

public sealed class ImportPoliceUkCommandTestsOnPostgres() : ImportPoliceUkCommandTests(DatabaseProvider.Postgres);
