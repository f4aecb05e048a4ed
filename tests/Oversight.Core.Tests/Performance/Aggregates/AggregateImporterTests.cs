using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.Aggregates;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.PoliceData;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Performance.Aggregates;

public abstract class AggregateImporterTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const string StreetTable = "leeds_msoa_monthly_street_crime_by_type_2022-08_2025-07.csv";
    private readonly CoreHost host = new(provider);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Import_LeedsStreetTable_GivesThirtySixZeroFilledMonthsThatAddUpToTheFile()
    {
        var path = SharedData.Path("police-uk", "leeds", StreetTable);
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        var inFile = rows.Sum(r => int.Parse(r[^3], CultureInfo.InvariantCulture));

        var result = await ImportAsync(path, "leeds", null);

        Assert.True(result.Imported, result.Rejection?.ToString());
        var observations = await CurrentAsync("leeds");
        var totalCrime = observations.Where(o => o.MeasureId == "total-crime").ToList();
        var asb = observations.Where(o => o.MeasureId == "asb-incidents").ToList();
        Assert.Equal(36, totalCrime.Count);
        Assert.Equal(inFile, (int)totalCrime.Sum(o => o.Numerator!.Value) + (int)asb.Sum(o => o.Value));
        Assert.All(totalCrime, o => Assert.Equal(o.Numerator!.Value * 1000 / 811953, o.Value, 9));
    }

    [Fact]
    public async Task Import_SparseMonths_AreFilledWithZero()
    {
        var path = Write("month,msoa_name,crime_type,crime_count,census_population,workday_population\n2024-01,A,Burglary,3,1,1\n2024-03,A,Robbery,2,1,1\n");

        await ImportAsync(path, "leeds", null);

        var neighbourhood = (await CurrentAsync("leeds")).Where(o => o.MeasureId == "neighbourhood-crime").OrderBy(o => o.PeriodStart).ToList();
        Assert.Equal(["2024-01", "2024-02", "2024-03"], neighbourhood.Select(o => o.Period));
        Assert.Equal([3.0, 0.0, 2.0], neighbourhood.Select(o => o.Value));
    }

    [Fact]
    public async Task Import_SameFileTwice_WritesNothingTheSecondTime()
    {
        var path = SharedData.Path("police-uk", "leeds", "leeds_msoa_monthly_stop_search_total_2022-07_2025-07.csv");
        await ImportAsync(path, "leeds", "2022-08");

        var again = await ImportAsync(path, "leeds", "2022-08");

        Assert.True(again.Unchanged);
        var searches = (await CurrentAsync("leeds")).Where(o => o.MeasureId == "stop-and-search").ToList();
        Assert.Equal(36, searches.Count);
        Assert.Equal("2022-08", searches.Min(o => o.Period));
    }

    /// A file already imported is recognised by its hash and the area it was imported for, never by the words
    /// of its description: renaming the import does not make it new, and the same file for another area is.
    [Fact]
    public async Task Import_SameFile_IsRecognisedByAreaNotByDescription()
    {
        var path = Write("month,msoa_name,search_count,census_population,workday_population\n2024-01,A,5,1,1\n");
        await ImportAsync(path, "leeds", null);
        await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            await db.AggregateImports.ExecuteUpdateAsync(u => u.SetProperty(a => a.Description, "Renamed by someone"), TestContext.Current.CancellationToken);
            return 0;
        });

        var again = await ImportAsync(path, "leeds", null);
        var elsewhere = await ImportAsync(path, "bradford", null);

        Assert.True(again.Unchanged);
        Assert.False(elsewhere.Unchanged);
        Assert.Contains(await CurrentAsync("bradford"), o => o.MeasureId == "stop-and-search" && o.Period == "2024-01");
        var imports = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().AggregateImports.Select(a => a.Area).OrderBy(a => a).ToListAsync());
        Assert.Equal(["bradford", "leeds"], imports);
    }

    [Fact]
    public async Task Import_ChangedValue_AddsAVersionAndKeepsTheOld()
    {
        await ImportAsync(Write("month,msoa_name,search_count,census_population,workday_population\n2024-01,A,5,1,1\n"), "leeds", null);

        await ImportAsync(Write("month,msoa_name,search_count,census_population,workday_population\n2024-01,A,7,1,1\n"), "leeds", null);

        var all = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations
            .Where(o => o.MeasureId == "stop-and-search").OrderBy(o => o.Version).ToListAsync());
        Assert.Equal([(1, false, 5.0), (2, true, 7.0)], all.Select(o => (o.Version, o.IsCurrent, o.Value)));
    }

    [Fact]
    public async Task Import_ByEthnicityTable_GivesEachGroupsSearchRateRelativeToWhite()
    {
        (string Group, int Searches, int Population)[] rows = [("White", 10, 1000), ("Asian", 6, 200), ("Black", 3, 50), ("Mixed", 1, 40), ("Other", 2, 30)];
        var path = Write("month,msoa_name,ethnicity,search_count,census_population,workday_population\n"
            + string.Concat(rows.Select(r => $"2024-01,A,{r.Group},{r.Searches},{r.Population},1\n")));
        double Rate(string group) => rows.Where(r => r.Group == group).Select(r => (double)r.Searches / r.Population).Single();

        await ImportAsync(path, "leeds", null);

        var ratios = (await CurrentAsync("leeds")).ToDictionary(o => o.MeasureId, o => o.Value);
        Assert.Equal(Rate("Black") / Rate("White"), ratios["stop-and-search-disproportionality"], 9);
        Assert.Equal(Rate("Asian") / Rate("White"), ratios["stop-and-search-disproportionality-asian"], 9);
        Assert.Equal(Rate("Mixed") / Rate("White"), ratios["stop-and-search-disproportionality-mixed"], 9);
        Assert.Equal(Rate("Other") / Rate("White"), ratios["stop-and-search-disproportionality-other"], 9);
        Assert.Equal(4, ratios.Count); // a table by ethnicity leaves out unknowns, so it gives no count of searches
    }

    [Fact]
    public async Task Import_BadCount_IsRejectedNamingLineAndColumn()
    {
        var result = await ImportAsync(Write("month,msoa_name,search_count,census_population,workday_population\n2024-01,A,5,1,1\n2024-02,A,x,1,1\n"), "leeds", null);

        Assert.Equal((3, "search_count"), (result.Rejection!.Line, result.Rejection.Column));
        Assert.Empty(await CurrentAsync("leeds"));
    }

    private Task<AggregateImportResult> ImportAsync(string path, string area, string? firstMonth) =>
        host.WithAsync(sp => sp.GetRequiredService<AggregateImporter>()
            .ImportAsync(new ImportSource(path, () => File.OpenRead(path)), area, firstMonth, TestContext.Current.CancellationToken));

    private Task<List<Observation>> CurrentAsync(string area) =>
        host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations.Where(o => o.Area == area && o.IsCurrent).ToListAsync());

    private static string Write(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"aggregate-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, content);
        return path;
    }
}

public sealed class AggregateImporterTestsOnSqlite() : AggregateImporterTests(DatabaseProvider.Sqlite);

public sealed class AggregateImporterTestsOnPostgres() : AggregateImporterTests(DatabaseProvider.Postgres);
