using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using NJsonSchema;
using Oversight.Core.Data;
using Oversight.Core.Funding.OpenData;
using Oversight.Domain;
using Oversight.Domain.Funding;
using Oversight.TestCommon;

namespace Oversight.Core.Tests.Funding;

/// The 360Giving export of the demo's 2024/25 grants, checked against the standard's own schema and the
/// quality tool's critical checks.
public abstract class ThreeSixtyGivingTests(HostFixture host)
{
    [Fact]
    public async Task Json2024To25_ValidatesAgainstThe360GivingPackageSchema()
    {
        var file = await ExportAsync("2024-25", OpenDataFormat.Json);

        var errors = (await PackageSchemaAsync()).Validate(Encoding.UTF8.GetString(file.Content));

        Assert.True(errors.Count == 0, string.Join("\n", errors.SelectMany(Flatten).Distinct().Take(20)));
        using var json = JsonDocument.Parse(file.Content);
        var grants = json.RootElement.GetProperty("grants").EnumerateArray().ToList();
        Assert.Equal(126, grants.Count);
        Assert.Equal(1_583_186.05m, grants.Sum(g => g.GetProperty("amountAwarded").GetDecimal()));
    }

    [Fact]
    public async Task Export_YearWithNoAwards_IsNothing()
    {
        await using var scope = await DemoHost.LoadedAsync(host);

        var file = await scope.ServiceProvider.GetRequiredService<ThreeSixtyGiving>().ExportAsync("2019-20", OpenDataFormat.Json, TestContext.Current.CancellationToken);

        Assert.Null(file);
    }

    [Fact]
    public async Task Validator_RejectsAGrantMissingItsAmount()
    {
        var file = await ExportAsync("2024-25", OpenDataFormat.Json);
        var package = JsonNode.Parse(file.Content)!;
        package["grants"]![0]!.AsObject().Remove("amountAwarded");

        var errors = (await PackageSchemaAsync()).Validate(package.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public async Task Json2024To25_PassesTheQualityToolsCriticalChecks()
    {
        var file = await ExportAsync("2024-25", OpenDataFormat.Json);
        using var json = JsonDocument.Parse(file.Content);

        foreach (var grant in json.RootElement.GetProperty("grants").EnumerateArray())
        {
            var id = grant.GetProperty("id").GetString()!;
            Assert.StartsWith("360G-wymca-SCF", id, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"[\r\n\s/]", id);
            Assert.True(DateOnly.TryParseExact(grant.GetProperty("awardDate").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var awarded));
            Assert.Equal("2024-25", FinancialYear.Of(awarded));
            Assert.Matches("^E(08|23)[0-9]{6}$", grant.GetProperty("beneficiaryLocation")[0].GetProperty("geoCode").GetString());
            Assert.All(Strings(grant), text => Assert.False(PersonalDataCheck.LooksPersonal(text), text));
            Assert.NotEqual(grant.GetProperty("title").GetString(), grant.GetProperty("description").GetString());
        }
    }

    [Fact]
    public async Task Export_SummaryWithContactDetails_IsNotPublished()
    {
        await using (var scope = await DemoHost.LoadedAsync(host))
        {
            var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
            await db.FundingApplications.Where(a => a.Reference == "SCF1-0007").ExecuteUpdateAsync(s => s.SetProperty(a => a.Summary, "Ring Jo on 0113 496 0000 or jo@example.org"), TestContext.Current.CancellationToken);
        }

        var file = await ExportAsync("2021-22", OpenDataFormat.Json);

        var text = Encoding.UTF8.GetString(file.Content);
        Assert.DoesNotContain("0113 496 0000", text, StringComparison.Ordinal);
        Assert.DoesNotContain("jo@example.org", text, StringComparison.Ordinal);
        Assert.Contains("360G-wymca-SCF1-0007", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CsvAndXlsx_UseTheOfficialColumnTitles()
    {
        var official = File.ReadLines(SharedData.Path("360giving", "templates", "column-titles-to-json-paths.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        var csv = await ExportAsync("2024-25", OpenDataFormat.Csv);
        var xlsx = await ExportAsync("2024-25", OpenDataFormat.Xlsx);

        var lines = Encoding.UTF8.GetString(csv.Content).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ThreeSixtyGivingSheet.Titles, lines[0].Split(','));
        Assert.All(ThreeSixtyGivingSheet.Titles, t => Assert.Contains(t, official));
        Assert.Equal(127, lines.Length);
        using var stream = new MemoryStream(xlsx.Content);
        Assert.Equal(["grants", "Meta"], stream.GetSheetNames());
        Assert.Equal(126, stream.Query(useHeaderRow: true, sheetName: "grants").Count());
    }

    private static IEnumerable<string> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value.Count == 0 ? [$"{error.Path} ({e.Key.Title}): {error.Kind}"] : e.Value.SelectMany(Flatten))
            : [$"{error.Path}: {error.Kind} {error.Property}"];

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    private async Task<OpenDataFile> ExportAsync(string year, OpenDataFormat format)
    {
        await using var scope = await DemoHost.LoadedAsync(host);
        return (await scope.ServiceProvider.GetRequiredService<ThreeSixtyGiving>().ExportAsync(year, format, TestContext.Current.CancellationToken))!;
    }

    // The package schema refers to the grant schema by URL; the grant schema is put in its place, with its
    // definitions moved to the root so its own "#/$defs/…" references still resolve, and nothing is fetched.
    private static async Task<JsonSchema> PackageSchemaAsync()
    {
        var folder = SharedData.Path("360giving", "schema");
        var package = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "360-giving-package-schema.json")))!.AsObject();
        var grant = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "360-giving-schema.json")))!.AsObject();
        package["$defs"] = grant["$defs"]!.DeepClone();
        foreach (var key in new[] { "$id", "$schema", "$defs" })
        {
            grant.Remove(key);
        }

        // N.B. NJsonSchema reads "format": "date-time" loosely, so a plain YYYY-MM-DD matched both branches of the
        // award date's oneOf; RFC 3339 (as the 360Giving tools check it) needs a time, which this pattern demands.
        grant["properties"]!["awardDate"]!["oneOf"]![0] = new JsonObject { ["pattern"] = @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$" };
        package["properties"]!["grants"]!["items"] = grant;
        package.Remove("$id");
        return await JsonSchema.FromJsonAsync(package.ToJsonString());
    }
}

public sealed class ThreeSixtyGivingTestsOnSqlite(FundingDemoSqliteHost host) : ThreeSixtyGivingTests(host), IClassFixture<FundingDemoSqliteHost>;

public sealed class ThreeSixtyGivingTestsOnPostgres(FundingDemoPostgresHost host) : ThreeSixtyGivingTests(host), IClassFixture<FundingDemoPostgresHost>;
