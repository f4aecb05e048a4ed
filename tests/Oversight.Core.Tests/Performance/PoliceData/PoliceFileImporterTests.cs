using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.PoliceData;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Performance.PoliceData;

/// Each test class has a database of its own, because these tests count every row.
public abstract class PoliceFileImporterTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly CoreHost host = new(provider);
    private readonly string folder = Directory.CreateTempSubdirectory("oversight-import-").FullName;

    public ValueTask InitializeAsync() => host.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        await host.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Import_EveryRealFile_StoresExactlyTheRowsInTheFiles()
    {
        var files = Directory.EnumerateFiles(SharedData.Path("police-uk", "raw"), "*.csv", SearchOption.AllDirectories).ToList();

        var results = await ImportAsync(SharedData.Path("police-uk", "raw"), anyForce: true);

        Assert.All(results, r => Assert.True(r.Imported, r.Rejection?.ToString()));
        Assert.Equal(files.Count, results.Count);
        var expected = ExpectedRows(files);
        Assert.Equal(expected, await CountsAsync());
    }

    [Fact]
    public async Task Import_RealStreetAndOutcomesFiles_KeepEveryRowAsPublished()
    {
        var folder = SharedData.Path("police-uk", "raw", "city-of-london", "2016-01");
        await ImportAsync(folder, anyForce: true);

        foreach (var path in Directory.GetFiles(folder, "*.csv").Where(f => !f.EndsWith("stop-and-search.csv", StringComparison.Ordinal)))
        {
            var published = PublishedRows(path);
            var stored = await host.WithAsync(sp => StoredRowsAsync(sp.GetRequiredService<OversightDbContext>(), Path.GetFileName(path)));
            Assert.Equal(published.Count, stored.Count);
            for (var i = 0; i < published.Count; i++)
            {
                Assert.Equal(i + 2, stored[i].Line);
                Assert.Equal(published[i], stored[i].Fields);
            }
        }
    }

    [Fact]
    public async Task Import_TwoFilesAtOnce_EachGetsItsOwnNumberAndTheTermsStayUnique()
    {
        var files = new[] { "2016-01", "2016-02" }
            .Select(month => SharedData.Path("police-uk", "raw", "city-of-london", month, $"{month}-city-of-london-street.csv")).ToList();

        // File and term numbers are the highest so far plus one: imports running at once must take turns.
        var results = await Task.WhenAll(files.Select(f => ImportAsync(f, anyForce: true)));

        Assert.All(results.SelectMany(r => r), r => Assert.True(r.Imported, r.Rejection?.ToString()));
        Assert.Equal(ExpectedRows(files), await CountsAsync());
        var (numbers, terms, texts) = await host.WithAsync(async sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            return (await db.PoliceDataFiles.Select(f => f.Number).Distinct().CountAsync(), await db.PoliceDataTerms.CountAsync(),
                await db.PoliceDataTerms.Select(t => t.Text).Distinct().CountAsync());
        });
        Assert.Equal(2, numbers);
        Assert.Equal(terms, texts);
    }

    [Fact]
    public async Task Import_SameFilesTwice_ChangesNoCountsAndSaysItReplaced()
    {
        var path = SharedData.Path("police-uk", "raw", "city-of-london", "2020-07");
        await ImportAsync(path, anyForce: true);
        var before = await CountsAsync();

        var again = await ImportAsync(path, anyForce: true);

        Assert.All(again, r => Assert.True(r.ReplacedPrevious));
        Assert.Equal(before, await CountsAsync());
        // 2020-07 stop and search is published with every row twice; both copies are kept as published.
        Assert.Equal(518, again.Single(r => r.Kind == PoliceFileKind.StopAndSearch).RowsImported);
    }

    [Fact]
    public async Task Import_TruncatedFile_IsRejectedNamingTheLineAndWritesNothing()
    {
        var original = SharedData.Path("police-uk", "raw", "city-of-london", "2016-01", "2016-01-city-of-london-street.csv");
        var text = File.ReadAllText(original);
        var cut = Write("2016-01-city-of-london-street.csv", text[..(text.Length - 40)]);
        var before = await CountsAsync();

        var result = Assert.Single(await ImportAsync(cut, anyForce: true));

        Assert.False(result.Imported);
        Assert.Equal(447, result.Rejection!.Line); // header + 446 rows: the last row is the cut one
        Assert.Contains("expected 12 fields", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Import_StoppedMidFile_LeavesThePreviousImportOfThatMonthIntact()
    {
        var row = ",2016-01,City of London Police,City of London Police,,,No Location,,,Anti-social behaviour,,\r\n";
        var small = Write("2016-01-city-of-london-street.csv", Header(PoliceFileFormat.Street) + row);
        await ImportAsync(small, anyForce: true);
        var before = await CountsAsync();
        var big = Path.Combine(folder, "big");
        Directory.CreateDirectory(big);
        File.WriteAllText(Path.Combine(big, "2016-01-city-of-london-street.csv"), Header(PoliceFileFormat.Street) + string.Concat(Enumerable.Repeat(row, 20_000)));
        using var stop = new CancellationTokenSource();

        // Act: the import is stopped as if the process were killed once rows have started going in.
        var attempt = host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>().ImportAsync(
            ImportSource.FromPath(big)[0], new PoliceImportOptions(AnyForce: true), rows => { if (rows > 4000) stop.Cancel(); }, stop.Token));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => attempt);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData("truncated", "expected 15 fields")]
    [InlineData("bad row", "line 6, column \"Latitude\"")]
    public async Task Import_BadFileOverAnImportedMonth_LeavesItsRowsAndDerivedValuesIntact(string fault, string reason)
    {
        var original = SharedData.Path("police-uk", "west-yorkshire", "2021-08-west-yorkshire-stop-and-search.csv");
        await ImportAsync(original, anyForce: false);
        var rowsBefore = await CountsAsync();
        var valuesBefore = await ObservationsAsync();
        var text = File.ReadAllText(original);
        var lines = text.Split('\n');
        lines[5] = string.Join(',', lines[5].Split(',').Select((field, i) => i == 4 ? "north-ish" : field));
        var bad = Write("2021-08-west-yorkshire-stop-and-search.csv", fault == "truncated" ? text[..(text.Length / 2)] : string.Join('\n', lines));

        var result = Assert.Single(await ImportAsync(bad, anyForce: false));

        Assert.Contains(reason, result.Rejection?.ToString(), StringComparison.Ordinal);
        Assert.Equal(rowsBefore, await CountsAsync());
        Assert.Equal(valuesBefore, await ObservationsAsync());
        Assert.Contains(valuesBefore, v => v.MeasureId == "stop-and-search-disproportionality-asian");
    }

    [Fact]
    public async Task Import_WrongHeader_IsRejectedAtLineOne()
    {
        var file = Write("2016-01-city-of-london-street.csv", "Crime,Month,Where\r\na,2016-01,here\r\n");

        var result = Assert.Single(await ImportAsync(file, anyForce: true));

        Assert.Equal(1, result.Rejection!.Line);
        Assert.Contains("not a police.uk street, outcomes or stop-and-search header", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), await CountsAsync());
    }

    [Theory]
    [InlineData("8a2b0c5e1f3d4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,2016-01,P,P,-0.1,91.5,On or near X,E01000001,City of London 001A,Burglary,,", "Latitude", "expected a number from -90 to 90")]
    [InlineData("8a2b0c5e1f3d4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,2016-02,P,P,-0.1,51.5,On or near X,E01000001,City of London 001A,Burglary,,", "Month", "expected 2016-01")]
    [InlineData("8a2b0c5e1f3d4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,2016-01,P,P,-0.1,51.5,On or near X,E01000001,City of London 001A,,,", "Crime type", "must not be blank")]
    [InlineData("abc,2016-01,P,P,-0.1,51.5,On or near X,E01000001,City of London 001A,Burglary,,", "Crime ID", "expected 64 lower-case hexadecimal characters")]
    public async Task Import_BadRow_IsRejectedNamingLineAndColumnAndWritesNothing(string badRow, string column, string message)
    {
        var good = ",2016-01,City of London Police,City of London Police,,,No Location,,,Anti-social behaviour,,";
        var file = Write("2016-01-city-of-london-street.csv", Header(PoliceFileFormat.Street) + good + "\r\n" + badRow + "\r\n" + good + "\r\n");

        var result = Assert.Single(await ImportAsync(file, anyForce: true));

        Assert.Equal(3, result.Rejection!.Line);
        Assert.Equal(column, result.Rejection.Column);
        Assert.Contains(message, result.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task Import_SkipBadRows_ImportsTheGoodRowsAndReportsEachBadOne()
    {
        var good = ",2016-01,City of London Police,City of London Police,,,No Location,,,Anti-social behaviour,,";
        var file = Write("2016-01-city-of-london-street.csv",
            Header(PoliceFileFormat.Street) + good + "\r\nx,2016-01,too,few\r\n" + good + "\r\nx,2016-01,P,P,abc,51,L,E1,N,Burglary,,\r\n");

        var result = Assert.Single(await ImportAsync(file, anyForce: true, skipBadRows: true));

        Assert.True(result.Imported);
        Assert.Equal((4, 2, 2), (result.RowsRead, result.RowsImported, result.RowsRejected));
        Assert.Equal([3, 5], result.RejectedRows.Select(p => p.Line));
        Assert.Equal((1, 2, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task Import_BomCrlfAndQuotedCommas_AreReadAsData()
    {
        var row = "8a2b0c5e1f3d4a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d,2016-01,City of London Police,City of London Police,-0.1,51.5,\"On or near Bank, Threadneedle Street\",E01000001,City of London 001A,Burglary,Under investigation,";
        var file = Write("2016-01-city-of-london-street.csv", "\uFEFF" + Header(PoliceFileFormat.Street) + row + "\r\n");

        Assert.True(Assert.Single(await ImportAsync(file, anyForce: true)).Imported);

        var location = await host.WithAsync(sp =>
        {
            var db = sp.GetRequiredService<OversightDbContext>();
            return db.StreetCrimes.Join(db.PoliceDataTerms, r => r.LocationTerm, t => t.Id, (r, t) => t.Text).SingleAsync();
        });
        Assert.Equal("On or near Bank, Threadneedle Street", location);
    }

    [Fact]
    public async Task Import_OtherForceWithoutPermission_IsRejected()
    {
        var path = SharedData.Path("police-uk", "raw", "city-of-london", "2016-01", "2016-01-city-of-london-street.csv");

        var result = Assert.Single(await ImportAsync(path, anyForce: false));

        Assert.Contains("the file is for city-of-london, not west-yorkshire", result.Rejection!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_AnotherForcesFileRenamedAsThisForces_IsRejectedNamingFallsWithin()
    {
        var original = SharedData.Path("police-uk", "raw", "city-of-london", "2016-01", "2016-01-city-of-london-street.csv");
        var renamed = Write("2016-01-west-yorkshire-street.csv", File.ReadAllText(original));

        var result = Assert.Single(await ImportAsync(renamed, anyForce: false));

        Assert.Equal(("2016-01-west-yorkshire-street.csv", 2, "Falls within"), (result.Rejection!.File, result.Rejection.Line, result.Rejection.Column));
        Assert.Contains("fall within City of London Police, not West Yorkshire Police", result.Rejection.Message, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task Import_Zip_ImportsEveryCsvInside()
    {
        var zip = Path.Combine(folder, "archive.zip");
        System.IO.Compression.ZipFile.CreateFromDirectory(SharedData.Path("police-uk", "raw", "city-of-london", "2016-02"), zip);

        var results = await ImportAsync(zip, anyForce: true);

        Assert.Equal([PoliceFileKind.Street, PoliceFileKind.Outcomes, PoliceFileKind.StopAndSearch], results.Select(r => r.Kind!.Value).Order());
        Assert.All(results, r => Assert.True(r.Imported));
    }

    private static (int Files, int Street, int Outcomes, int StopSearch) ExpectedRows(List<string> files)
    {
        int Rows(string kind) => files.Where(f => f.EndsWith($"-{kind}.csv", StringComparison.Ordinal)).Sum(f => File.ReadLines(f).Count() - 1);
        return (files.Count, Rows("street"), Rows("outcomes"), Rows("stop-and-search"));
    }

    private Task<List<(string MeasureId, string Area, string Period, int Version, bool IsCurrent, double Value)>> ObservationsAsync() =>
        host.WithAsync(async sp => (await sp.GetRequiredService<OversightDbContext>().Observations.AsNoTracking().ToListAsync())
            .Select(o => (o.MeasureId, o.Area, o.Period, o.Version, o.IsCurrent, o.Value)).Order().ToList());

    private static string Header(string[] columns) => string.Join(",", columns) + "\r\n";

    private string Write(string name, string content)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private async Task<List<FileImportResult>> ImportAsync(string path, bool anyForce, bool skipBadRows = false)
    {
        var results = new List<FileImportResult>();
        foreach (var source in ImportSource.FromPath(path))
        {
            results.Add(await host.WithAsync(sp => sp.GetRequiredService<PoliceFileImporter>()
                .ImportAsync(source, new PoliceImportOptions(skipBadRows, anyForce), null, TestContext.Current.CancellationToken)));
        }

        return results;
    }

    private static List<string[]> PublishedRows(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvHelper.CsvParser(reader, System.Globalization.CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        csv.Read();
        while (csv.Read())
        {
            rows.Add(csv.Record!.Select((value, column) => column is 4 or 5 && value.Length > 0 ? Coordinate(double.Parse(value, System.Globalization.CultureInfo.InvariantCulture)) : value).ToArray());
        }

        return rows;
    }

    /// Rebuilds each stored row of a file as police.uk published it, from the record, its terms and its file.
    private static async Task<List<(int Line, string[] Fields)>> StoredRowsAsync(OversightDbContext db, string fileName)
    {
        var file = await db.PoliceDataFiles.SingleAsync(f => f.FileName == fileName);
        var terms = await db.PoliceDataTerms.ToDictionaryAsync(t => t.Id, t => t.Text);
        string Term(int? id) => id is { } known ? terms[known] : "";
        var (from, to) = PoliceRecordKey.Range(file.Number);
        IEnumerable<(LocatedCrimeRecord Record, string[] Own)> records = file.Kind == PoliceFileKind.Street
            ? (await db.StreetCrimes.Where(r => r.Id >= from && r.Id < to).OrderBy(r => r.Id).ToListAsync())
                .Select(r => ((LocatedCrimeRecord)r, new[] { Term(r.CrimeTypeTerm), Term(r.LastOutcomeCategoryTerm), r.Context ?? "" }))
            : (await db.CrimeOutcomes.Where(r => r.Id >= from && r.Id < to).OrderBy(r => r.Id).ToListAsync())
                .Select(r => ((LocatedCrimeRecord)r, new[] { Term(r.OutcomeTypeTerm) }));
        return records.Select(x => (x.Record.Line, new[]
        {
            x.Record.CrimeId ?? "", file.Month, Term(x.Record.ReportedByTerm), Term(x.Record.FallsWithinTerm),
            x.Record.Longitude is { } lon ? Coordinate(lon) : "", x.Record.Latitude is { } lat ? Coordinate(lat) : "",
            Term(x.Record.LocationTerm), Term(x.Record.LsoaCodeTerm), Term(x.Record.LsoaNameTerm),
        }.Concat(x.Own).ToArray())).ToList();
    }

    private static string Coordinate(double value) => value.ToString("F6", System.Globalization.CultureInfo.InvariantCulture);

    private Task<(int, int, int, int)> CountsAsync() => host.WithAsync(async sp =>
    {
        var db = sp.GetRequiredService<OversightDbContext>();
        return (await db.PoliceDataFiles.CountAsync(), await db.StreetCrimes.CountAsync(), await db.CrimeOutcomes.CountAsync(), await db.StopSearches.CountAsync());
    });
}

public sealed class PoliceFileImporterTestsOnSqlite() : PoliceFileImporterTests(DatabaseProvider.Sqlite);

public sealed class PoliceFileImporterTestsOnPostgres() : PoliceFileImporterTests(DatabaseProvider.Postgres);
