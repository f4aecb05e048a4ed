using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
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
        var positive = rows.Count(r => r[12] is not "" and not "A no further action disposal");
        var finds = rows.Count(r => r[13] == "True");

        await host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
            .ImportAsync(new ImportSource(path, () => File.OpenRead(path)), new PoliceImportOptions(), null, TestContext.Current.CancellationToken));

        var values = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations
            .Where(o => o.Area == "force" && o.Period == "2021-08").ToDictionaryAsync(o => o.MeasureId, o => o.Value));
        Assert.Equal(rows.Count, values["stop-and-search"]);
        Assert.Equal(arrests * 100.0 / rows.Count, values["stop-and-search-arrest-rate"], 9);
        Assert.Equal(positive * 100.0 / rows.Count, values["stop-and-search-positive-outcome-rate"], 9);
        Assert.Equal(finds * 100.0 / rows.Count, values["stop-and-search-find-rate"], 9);
    }

    [Fact]
    public async Task Import_WestYorkshireStopSearch_GivesEachGroupsSearchRateRelativeToWhite()
    {
        var path = SharedData.Path("police-uk", "west-yorkshire", "2021-08-west-yorkshire-stop-and-search.csv");
        var searchesByGroup = File.ReadLines(path).Skip(1).Select(l => l.Split(',')).Select(r => Group(r[8], r[9]))
            .Where(g => g is not null).CountBy(g => g!).ToDictionary();
        var census = new Dictionary<string, int>();
        foreach (var district in JsonNode.Parse(await File.ReadAllTextAsync("config/police-data/west-yorkshire.json", TestContext.Current.CancellationToken), documentOptions: new System.Text.Json.JsonDocumentOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip })!["districts"]!.AsArray())
        {
            foreach (var (group, people) in district!["populationByEthnicity"]!.AsObject())
            {
                census[group] = census.GetValueOrDefault(group) + (int)people!;
            }
        }

        double Rate(string group) => searchesByGroup.GetValueOrDefault(group) * 1000.0 / census[group];

        await host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
            .ImportAsync(new ImportSource(path, () => File.OpenRead(path)), new PoliceImportOptions(), null, TestContext.Current.CancellationToken));

        var values = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations
            .Where(o => o.Area == "force" && o.Period == "2021-08").ToDictionaryAsync(o => o.MeasureId, o => o.Value));
        Assert.Equal(Rate("Black") / Rate("White"), values["stop-and-search-disproportionality"], 9);
        Assert.Equal(Rate("Asian") / Rate("White"), values["stop-and-search-disproportionality-asian"], 9);
        Assert.Equal(Rate("Mixed") / Rate("White"), values["stop-and-search-disproportionality-mixed"], 9);
        Assert.Equal(Rate("Other") / Rate("White"), values["stop-and-search-disproportionality-other"], 9);
    }

    // The person's own words first ("Asian/Asian British - Pakistani"), else the officer's broad group.
    private static string? Group(string selfDefined, string officerDefined)
    {
        var own = selfDefined.Split([" - ", "/"], StringSplitOptions.None)[0];
        if (selfDefined.Length == 0 || selfDefined.StartsWith("Other ethnic group - Not stated", StringComparison.Ordinal))
        {
            return officerDefined.Length == 0 ? null : officerDefined;
        }

        return own == "Other ethnic group" ? "Other" : own;
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
    public async Task Import_OverATypedValueAndAgain_AddsVersionsAndNeverDeletes()
    {
        var folder = Directory.CreateTempSubdirectory("oversight-derive-").FullName;
        var file = Path.Combine(folder, "2024-05-west-yorkshire-street.csv");
        string Row(string lsoa) => $"8a2b0c5e1f3d4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,2024-05,West Yorkshire Police,West Yorkshire Police,-1.5,53.8,On or near A,E01,{lsoa},Burglary,,";
        var header = string.Join(",", PoliceFileFormat.Street);
        await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            db.Observations.Add(new Observation
            {
                MeasureId = "neighbourhood-crime",
                Area = "leeds",
                Period = "2024-05",
                PeriodStart = new DateOnly(2024, 5, 1),
                Value = 9,
                Source = ObservationSource.ManualEntry,
                RecordedBy = "An analyst",
            });
            return await db.SaveChangesAsync();
        });

        File.WriteAllLines(file, [header, Row("Leeds 001A"), Row("Leeds 002B")]);
        await ImportAsync(file);
        var afterFirst = await LeedsMayAsync();
        await ImportAsync(file);
        var afterSame = await LeedsMayAsync();
        var secondFile = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().PoliceDataFiles.SingleAsync(f => f.Month == "2024-05"));
        File.WriteAllLines(file, [header, Row("Leeds 001A")]);
        await ImportAsync(file);
        var afterChange = await LeedsMayAsync();

        // The typed value stays on record; the file's value is the next version and the only current one.
        Assert.Equal([(1, 9.0, ObservationSource.ManualEntry, false), (2, 2.0, ObservationSource.PoliceOpenData, true)], afterFirst.Select(o => (o.Version, o.Value, o.Source, o.IsCurrent)));
        // The same figures again add nothing, but are credited to the file now on record.
        Assert.Equal(afterFirst.Select(o => (o.Version, o.Value, o.IsCurrent)), afterSame.Select(o => (o.Version, o.Value, o.IsCurrent)));
        Assert.Equal(secondFile.Id, afterSame[^1].ProvenanceId);
        Assert.Equal([(1, false), (2, false), (3, true)], afterChange.Select(o => (o.Version, o.IsCurrent)));
        Assert.Equal(1.0, afterChange[^1].Value);
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task Import_AgainWithoutADistrictsOutcomes_LeavesItsEarlierValueOnRecordButNotCurrent()
    {
        var folder = Directory.CreateTempSubdirectory("oversight-derive-").FullName;
        var file = Path.Combine(folder, "2024-05-west-yorkshire-outcomes.csv");
        string Row(string lsoa) => $"8a2b0c5e1f3d4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,2024-05,West Yorkshire Police,West Yorkshire Police,-1.5,53.8,On or near A,E01,{lsoa},Suspect charged";
        var header = string.Join(",", PoliceFileFormat.Outcomes);
        File.WriteAllLines(file, [header, Row("Leeds 001A"), Row("Wakefield 003C")]);
        await ImportAsync(file);
        File.WriteAllLines(file, [header, Row("Leeds 001A")]);

        await ImportAsync(file);

        var wakefield = await host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations.AsNoTracking()
            .Where(o => o.MeasureId == "charged-or-summonsed-outcomes" && o.Area == "wakefield" && o.Period == "2024-05").ToListAsync());
        Assert.Equal((100.0, false), (Assert.Single(wakefield).Value, wakefield[0].IsCurrent));
        Directory.Delete(folder, true);
    }

    private Task<List<Observation>> LeedsMayAsync() =>
        host.WithAsync(sp => sp.GetRequiredService<OversightDbContext>().Observations.AsNoTracking()
            .Where(o => o.MeasureId == "neighbourhood-crime" && o.Area == "leeds" && o.Period == "2024-05").OrderBy(o => o.Version).ToListAsync());

    private Task<FileImportResult> ImportAsync(string file) =>
        host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
            .ImportAsync(new ImportSource(file, () => File.OpenRead(file)), new PoliceImportOptions(), null, TestContext.Current.CancellationToken));

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
