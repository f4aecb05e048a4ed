using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.PoliceData;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Performance.PoliceData;

public abstract class PoliceDataDerivationTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public ValueTask DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Import_WestYorkshireStopSearch_DerivesTheForceMeasuresFromTheRows()
    {
        var path = SharedData.Path("police-uk", "west-yorkshire", "2021-08-west-yorkshire-stop-and-search.csv");
        var rows = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).ToList();
        var arrests = rows.Count(r => r[12] == "Arrest");
        var finds = rows.Count(r => r[13] == "True");

        await host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
            .ImportAsync(new ImportSource(path, () => File.OpenRead(path)), new PoliceImportOptions(), null, TestContext.Current.CancellationToken));

        var values = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations
            .Where(o => o.Area == "force" && o.Period == "2021-08").ToDictionaryAsync(o => o.MeasureId, o => o.Value));
        Assert.Equal(rows.Count, values["stop-and-search"]);
        Assert.Equal(arrests * 100.0 / rows.Count, values["stop-and-search-arrest-rate"], 9);
        Assert.Equal(finds * 100.0 / rows.Count, values["stop-and-search-find-rate"], 9);
        Assert.InRange(values["stop-and-search-disproportionality"], 1.0, 10.0);
    }

    [Fact]
    public async Task Import_StreetFileOfTheForce_CountsByDistrictFromLsoaNames()
    {
        var folder = Directory.CreateTempSubdirectory("oversight-derive-").FullName;
        var file = Path.Combine(folder, "2024-05-west-yorkshire-street.csv");
        string Row(string lsoa, string type) => $"8a2b0c5e1f3d4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,2024-05,West Yorkshire Police,West Yorkshire Police,-1.5,53.8,On or near A,E01,{lsoa},{type},,";
        File.WriteAllLines(file,
        [
            string.Join(",", PoliceFileFormat.Street), Row("Leeds 001A", "Burglary"), Row("Leeds 002B", "Robbery"),
            Row("Bradford 010C", "Burglary"), Row("Bradford 010C", "Anti-social behaviour"), ",2024-05,West Yorkshire Police,West Yorkshire Police,,,No Location,,,Burglary,,",
        ]);

        await host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
            .ImportAsync(new ImportSource(file, () => File.OpenRead(file)), new PoliceImportOptions(), null, TestContext.Current.CancellationToken));

        var neighbourhood = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations
            .Where(o => o.MeasureId == "neighbourhood-crime").ToDictionaryAsync(o => o.Area, o => o.Value));
        Assert.Equal(4, neighbourhood["force"]); // the unplaced burglary counts for the force but no district
        Assert.Equal(2, neighbourhood["leeds"]);
        Assert.Equal(1, neighbourhood["bradford"]);
        Assert.Equal(0, neighbourhood["wakefield"]);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Import_OutcomesFileOfTheForce_GivesTheChargedShareForTheForceAndDistricts()
    {
        var folder = Directory.CreateTempSubdirectory("oversight-derive-").FullName;
        var file = Path.Combine(folder, "2024-05-west-yorkshire-outcomes.csv");
        string Row(string lsoa, string outcome) => $"8a2b0c5e1f3d4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,2024-05,West Yorkshire Police,West Yorkshire Police,-1.5,53.8,On or near A,E01,{lsoa},{outcome}";
        File.WriteAllLines(file,
        [
            string.Join(",", PoliceFileFormat.Outcomes), Row("Leeds 001A", "Suspect charged"), Row("Leeds 001A", "Offender sent to prison"),
            Row("Leeds 002B", "Investigation complete; no suspect identified"), Row("Bradford 010C", "Offender given a caution"),
        ]);

        await host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
            .ImportAsync(new ImportSource(file, () => File.OpenRead(file)), new PoliceImportOptions(), null, TestContext.Current.CancellationToken));

        var charged = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations
            .Where(o => o.MeasureId == "charged-or-summonsed-outcomes").ToDictionaryAsync(o => o.Area, o => o.Value));
        Assert.Equal(50.0, charged["force"], 9);
        Assert.Equal(200.0 / 3, charged["leeds"], 9);
        Assert.Equal(0.0, charged["bradford"], 9);
        Assert.False(charged.ContainsKey("wakefield")); // no outcomes published there: no rate, not zero
        Directory.Delete(folder, true);
    }
}

public sealed class PoliceDataDerivationTestsOnSqlite() : PoliceDataDerivationTests(DatabaseProvider.Sqlite);

public sealed class PoliceDataDerivationTestsOnPostgres() : PoliceDataDerivationTests(DatabaseProvider.Postgres);
