using System.Globalization;
using System.IO.Compression;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.National;
using Oversight.Core.Performance.PoliceData;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Performance.Comparisons;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Performance.National;

/// A national archive made of the six real 2024-01 street files in ../shared/data/police-uk/national/ plus an
/// invented West Yorkshire file (South Yorkshire's, re-forced), zipped as police.uk publishes it.
public abstract class NationalImportTests(DatabaseProvider provider) : IAsyncLifetime
{
    private static readonly string[] RealForces = ["cleveland", "lancashire", "merseyside", "northumbria", "nottinghamshire", "south-yorkshire"];

    private readonly CoreHost host = new(provider);
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-national-").FullName;

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Import_NationalZip_KeepsOwnForceRowsAndEveryOtherForcesCountsByCrimeType()
    {
        var zip = BuildArchive();

        var results = await ImportAsync(zip);

        Assert.All(results, r => Assert.True(r.Imported, r.Rejection?.ToString()));
        Assert.Equal(RealForces.Length, results.Count(r => r.CountsOnly));
        var published = PublishedCounts();
        var stored = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().NationalCounts
            .Where(c => c.Month == "2024-01" && c.Kind == PoliceFileKind.Street).ToListAsync(TestContext.Current.CancellationToken));
        foreach (var force in RealForces)
        {
            // Checked against the separately published exact count of every 2024-01 file by crime type.
            Assert.Equal(published[force].OrderBy(p => p.Key), stored.Where(c => c.Force == force).ToDictionary(c => c.Category, c => c.Count).OrderBy(p => p.Key));
        }

        Assert.Equal(published["south-yorkshire"].OrderBy(p => p.Key), stored.Where(c => c.Force == "west-yorkshire").ToDictionary(c => c.Category, c => c.Count).OrderBy(p => p.Key));
        var rows = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().StreetCrimes.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(14_451, rows); // only the office's own force keeps its rows
    }

    [Fact]
    public async Task Import_ForceMonthAgain_ReplacesItsCountsInsteadOfAddingToThem()
    {
        var file = InventedArchive.CopyStreetFile(Real("cleveland"), folder, "durham", "Durham Constabulary", "2023-07");
        await ImportAsync(file);

        var again = Assert.Single(await ImportAsync(file));

        Assert.True(again.ReplacedPrevious);
        var counts = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().NationalCounts
            .Where(c => c.Force == "durham" && c.Month == "2023-07").SumAsync(c => c.Count, TestContext.Current.CancellationToken));
        Assert.Equal(6_561, counts);
    }

    [Fact]
    public async Task Import_ManyMonthsInOneRun_StoresEachFileOnceAndReplacesOnlyTheMonthsImportedAgain()
    {
        var archive = Path.Combine(folder, "months");
        foreach (var month in new[] { "2023-01", "2023-02", "2023-03" })
        {
            InventedArchive.CopyStreetFile(Real("cleveland"), archive, "durham", "Durham Constabulary", month);
            InventedArchive.CopyStreetFile(Real("nottinghamshire"), archive, "derbyshire", "Derbyshire Constabulary", month);
        }

        await ImportAsync(archive);
        var again = Assert.Single(await ImportAsync(Path.Combine(archive, "2023-02", "2023-02-durham-street.csv")));

        Assert.True(again.ReplacedPrevious);
        var (counts, files) = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            var counts = await db.NationalCounts.Where(c => c.Month.StartsWith("2023-0")).GroupBy(c => new { c.Force, c.Month })
                .Select(g => new { g.Key.Force, g.Key.Month, Count = g.Sum(c => c.Count) }).ToListAsync(TestContext.Current.CancellationToken);
            var files = await db.PoliceDataFiles.Where(f => f.Month.StartsWith("2023-0")).Select(f => f.Number).ToListAsync(TestContext.Current.CancellationToken);
            return (counts, files);
        });
        Assert.Equal(6, counts.Count);
        Assert.All(counts, c => Assert.Equal(c.Force == "durham" ? 6_561 : 8_315, c.Count));
        Assert.Equal(6, files.Distinct().Count());
    }

    [Fact]
    public async Task Import_AnotherForcesFileWithARowOfAnotherMonth_IsRejectedNamingFileLineAndField()
    {
        var file = InventedArchive.CopyStreetFile(Real("cleveland"), folder, "durham", "Durham Constabulary", "2023-08");
        var lines = File.ReadAllLines(file);
        lines[100] = lines[100].Replace(",2023-08,", ",2023-09,", StringComparison.Ordinal);
        File.WriteAllLines(file, lines);

        var result = Assert.Single(await ImportAsync(file));

        Assert.False(result.Imported);
        Assert.Equal("2023-08-durham-street.csv: line 101, column \"Month\": expected 2023-08, the file's month, found \"2023-09\"", result.Rejection!.ToString());
        Assert.False(await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().NationalCounts.AnyAsync(c => c.Force == "durham" && c.Month == "2023-08", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Compare_ViolenceAgainstTheGroup_MatchesRatesAndJudgementWorkedOutByHand()
    {
        await ImportAsync(BuildArchive());

        var comparison = await host.WithAsync(sp => sp.GetRequiredService<MeasureComparisons>()
            .CompareAsync("violence-and-sexual-offences", "2024-01", TestContext.Current.CancellationToken));

        // By hand, from street_counts_by_force_crime_type_2024-01.csv and forces.csv (Census 2021):
        // West Yorkshire (South Yorkshire's file): 4,675 / 2,351,579 × 1,000 = 1.9880
        // group present: Merseyside 4,941 / 1,423,286, Northumbria 4,745 / 1,447,760, South Yorkshire 4,675 / 1,375,005
        //   → (4,941 + 4,745 + 4,675) / (1,423,286 + 1,447,760 + 1,375,005) × 1,000 = 14,361 / 4,246,051 × 1,000 = 3.3822
        // England and Wales (the seven forces with data): 29,361 / 9,846,622 × 1,000 = 2.9818
        // 95% exact interval of 4,675 is about 4,542 to 4,811 (±1.96√4,675), 1.93 to 2.05 per 1,000: the group's 3.38
        // lies above it, and lower is better, so "better"; ranked first of four (lowest rate).
        var result = comparison!.Result!;
        Assert.Equal(4_675, result.Force.Count);
        Assert.Equal(1.9880, result.Force.RatePerThousand, 4);
        Assert.Equal(3.3822, result.GroupRatePerThousand!.Value, 4);
        Assert.Equal(2.9818, result.EnglandWalesRatePerThousand!.Value, 4);
        Assert.Equal(BenchmarkJudgement.Better, result.Judgement);
        Assert.Equal((1, 4), (result.Rank, result.Of));
        Assert.Equal(["merseyside", "south-yorkshire", "northumbria"], result.Group.Select(g => g.Force.Id));
        Assert.Equal(["greater-manchester", "west-midlands"], comparison.MissingForces.Select(f => f.Id));
        Assert.Equal(("2023-02", "2024-01"), (comparison.From, comparison.To));
        Assert.False(comparison.Group.Official);
    }

    [Fact]
    public async Task QuarterlyReport_ComparesEachPoliceUkMeasureWithTheGroupForTheQuarter()
    {
        await ImportAsync(BuildArchive());
        var report = new QuarterlyReport { Quarter = "2023-24 Q4", CreatedBy = "test" };

        var snapshot = await host.WithAsync(sp => sp.GetRequiredService<QuarterlyReports>().PreviewAsync(report, TestContext.Current.CancellationToken));
        var document = new ReportDocument(new ReportCover("Office", "Plan", snapshot.AreaName, report.Quarter, 1, report.Status, null, null), snapshot.Themes, ReportAudience.Public);

        // The 12 months to the quarter's end hold one month, 2024-01: the same figures as worked out by hand above.
        var violence = Assert.Single(document.Comparisons, c => c.Measure.Id == "violence-and-sexual-offences").Comparison;
        Assert.Equal(("2023-04", "2024-03"), (violence.From, violence.To));
        Assert.Equal((1.9880, 3.3822, 2.9818), (Math.Round(violence.RatePerThousand, 4), Math.Round(violence.GroupRatePerThousand!.Value, 4), Math.Round(violence.EnglandWalesRatePerThousand!.Value, 4)));
        Assert.Equal((1, 4, "better", false), (violence.Rank, violence.Of, violence.Judgement, violence.GroupOfficial));
        Assert.DoesNotContain(document.Comparisons, c => c.Measure.Id == "homicide");
        // Round trip: a published report keeps the comparison it showed.
        Assert.Equal(violence, ReportSnapshot.FromJson(snapshot.ToJson()).Themes.SelectMany(t => t.Measures).First(m => m.Id == "violence-and-sexual-offences").Comparison);
    }

    [Fact]
    public async Task CompareDistricts_RanksEachAgainstTheForceByHand()
    {
        // 2041, a year nothing else holds: the force's monthly counts make the comparison's months; its districts'
        // values (as derivation writes them from the force's own rows) make theirs.
        var perMonth = new Dictionary<string, int> { ["force"] = 100, ["leeds"] = 60, ["bradford"] = 20, ["kirklees"] = 10, ["wakefield"] = 8, ["calderdale"] = 2 };
        await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            for (var m = 1; m <= 12; m++)
            {
                var month = $"2041-{m:00}";
                db.NationalCounts.Add(new NationalCount { Force = "west-yorkshire", Kind = PoliceFileKind.Street, Month = month, Category = "Violence and sexual offences", Count = 100 });
                db.Observations.AddRange(perMonth.Select(p => new Oversight.Core.Performance.Observations.Observation
                {
                    MeasureId = "violence-and-sexual-offences",
                    Area = p.Key,
                    Period = month,
                    PeriodStart = new DateOnly(2041, m, 1),
                    Value = p.Value,
                    Numerator = p.Value,
                    RecordedBy = "test",
                }));
            }

            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var rows = await host.WithAsync(async sp =>
        {
            var comparisons = sp.GetRequiredService<MeasureComparisons>();
            var comparison = await comparisons.CompareAsync("violence-and-sexual-offences", "2041-12", TestContext.Current.CancellationToken);
            return await comparisons.CompareDistrictsAsync(comparison!, TestContext.Current.CancellationToken);
        });

        // Force 1,200 / 2,351,579 × 1,000 = 0.5103. Calderdale 24 / 206,631 = 0.1161, Wakefield 96 / 353,370 = 0.2717,
        // Kirklees 120 / 433,213 = 0.2770, Bradford 240 / 546,412 = 0.4392, Leeds 720 / 811,953 = 0.8868.
        // Leeds expects 0.5103 × 811.953 = 414 at the force's rate; 720 is far above (±1.96√720 ≈ ±53): worse.
        // Bradford's 240 has an exact interval of about 211 to 272 (0.386 to 0.498 per 1,000), below 0.5103: better.
        Assert.Equal(("force", 1200L, 0.5103), (rows[0].Id, rows[0].Count, Math.Round(rows[0].RatePerThousand, 4)));
        Assert.Equal(["calderdale", "wakefield", "kirklees", "bradford", "leeds"], rows.Skip(1).Select(r => r.Id));
        Assert.Equal([0.1161, 0.2717, 0.2770, 0.4392, 0.8868], rows.Skip(1).Select(r => Math.Round(r.RatePerThousand, 4)));
        Assert.Equal([1, 2, 3, 4, 5], rows.Skip(1).Select(r => r.Rank));
        Assert.Equal(["better", "better", "better", "better", "worse"], rows.Skip(1).Select(r => r.JudgementWord));
    }

    [Fact]
    public async Task Compare_MeasureWithoutNationalData_IsNull()
    {
        var comparison = await host.WithAsync(sp => sp.GetRequiredService<MeasureComparisons>().CompareAsync("homicide", null, TestContext.Current.CancellationToken));

        Assert.Null(comparison);
    }

    private static string Real(string force) => SharedData.Path("police-uk", "national", "street-2024-01", $"2024-01-{force}-street.csv");

    private string BuildArchive()
    {
        var archive = Path.Combine(folder, "archive");
        foreach (var force in RealForces)
        {
            Directory.CreateDirectory(Path.Combine(archive, "2024-01"));
            File.Copy(Real(force), Path.Combine(archive, "2024-01", Path.GetFileName(Real(force))));
        }

        InventedArchive.CopyStreetFile(Real("south-yorkshire"), archive, "west-yorkshire", "West Yorkshire Police", "2024-01");
        var zip = Path.Combine(folder, "national.zip");
        ZipFile.CreateFromDirectory(archive, zip);
        return zip;
    }

    private static Dictionary<string, Dictionary<string, int>> PublishedCounts() =>
        File.ReadAllLines(SharedData.Path("police-uk", "national", "street_counts_by_force_crime_type_2024-01.csv")).Skip(1)
            .Select(l => l.Split(','))
            .Where(f => !f[2].StartsWith("All", StringComparison.Ordinal))
            .GroupBy(f => f[0])
            .ToDictionary(g => g.Key, g => g.ToDictionary(f => f[2], f => int.Parse(f[3], CultureInfo.InvariantCulture)));

    /// As `oversight import police-uk` does: other forces' files counted and stored in batches, the office's own
    /// force's files one at a time with every row.
    private async Task<List<FileImportResult>> ImportAsync(string path)
    {
        var options = new PoliceImportOptions(OtherForcesAsCounts: true);
        var batch = host.Services.GetRequiredService<NationalCountBatch>();
        var results = new List<FileImportResult>();
        foreach (var source in ImportSource.FromPath(path))
        {
            results.Add(await batch.AddAsync(source, options, null, TestContext.Current.CancellationToken)
                ?? await host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>().ImportAsync(source, options, null, TestContext.Current.CancellationToken)));
        }

        await batch.FlushAsync(TestContext.Current.CancellationToken);
        return results;
    }
}

public sealed class NationalImportTestsOnSqlite() : NationalImportTests(DatabaseProvider.Sqlite);

public sealed class NationalImportTestsOnPostgres() : NationalImportTests(DatabaseProvider.Postgres);
