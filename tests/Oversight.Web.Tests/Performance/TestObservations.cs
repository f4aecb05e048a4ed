using Microsoft.Extensions.DependencyInjection;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
using Oversight.TestCommon;

namespace Oversight.Web.Tests.Performance;

/// Stores a monthly series from 2023-01 for one measure and area, imported from an aggregate file of its own.
public static class TestObservations
{
    public static Task<AggregateImport> AddAsync(HostFixture host, string measure, string area, params double[] values) =>
        AddFromAsync(host, measure, area, new DateOnly(2023, 1, 1), values);

    /// Stores a monthly series from the month starting on first.
    public static async Task<AggregateImport> AddFromAsync(HostFixture host, string measure, string area, DateOnly first, params double[] values)
    {
        ArgumentNullException.ThrowIfNull(host);
        var import = new AggregateImport
        {
            FileName = $"test-{Guid.NewGuid():N}.csv",
            Sha256 = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
            Area = area,
            Description = $"Test series for {area}",
            Observations = values.Length,
            ImportedAt = new DateTimeOffset(2025, 8, 1, 9, 30, 0, TimeSpan.Zero),
            ImportedBy = "test-importer",
        };
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        db.AggregateImports.Add(import);
        for (var i = 0; i < values.Length; i++)
        {
            var start = first.AddMonths(i);
            db.Observations.Add(new Observation
            {
                MeasureId = measure,
                Area = area,
                Period = start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                PeriodStart = start,
                Value = values[i],
                Source = ObservationSource.AggregateImport,
                ProvenanceId = import.Id,
                RecordedAt = import.ImportedAt,
                RecordedBy = import.ImportedBy,
            });
        }

        await db.SaveChangesAsync();
        return import;
    }

    /// 24 months around 100 with a rise at the end: enough for limits, a 12-month change and a signal.
    public static double[] Rising() =>
        [100, 102, 98, 101, 99, 103, 97, 100, 102, 98, 101, 99, 100, 102, 98, 101, 99, 103, 97, 100, 102, 98, 101, 130];
}
