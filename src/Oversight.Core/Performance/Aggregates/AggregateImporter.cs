using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.PoliceData;
using Oversight.Domain.Performance.PoliceData;

namespace Oversight.Core.Performance.Aggregates;

public sealed record AggregateImportResult(string File, AggregateShape? Shape, int Months, int Observations, bool Unchanged, ImportProblem? Rejection)
{
    public bool Imported => Rejection is null;
}

/// Imports already-aggregated monthly tables (such as a district's MSOA × month counts) as observations for one area.
public sealed partial class AggregateImporter(
    OversightDbContext db, PoliceDataConfiguration config, PoliceDataDerivation derivation, ObservationWriter writer, IAuditActor actor, TimeProvider clock)
{
    public async Task<AggregateImportResult> ImportAsync(ImportSource source, string area, string? firstMonth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var name = Path.GetFileName(source.Name);
        var district = config.Districts.FirstOrDefault(d => d.Id == area);
        if (district is null && area != Observation.ForceArea)
        {
            throw new ArgumentException($"Area \"{area}\" is not \"force\" or one of: {string.Join(", ", config.Districts.Select(d => d.Id))}", nameof(area));
        }

        using var csv = new PoliceCsvReader(source.Open());
        var header = csv.Read();
        var shape = header is null ? null : AggregateTable.Recognise(header);
        if (shape is null)
        {
            return new(source.Name, null, 0, 0, false, new ImportProblem(name, 1, null,
                "the header is not a recognised aggregate table (month,msoa_name,crime_type,crime_count… or month,msoa_name,search_count… or month,msoa_name,ethnicity,search_count,census_population…)"));
        }

        var table = new AggregateTable { Shape = shape.Value };
        for (var fields = csv.Read(); fields is not null; fields = csv.Read())
        {
            if (Read(table, name, csv.Line, fields, header!.Length) is { } problem)
            {
                return new(source.Name, shape, 0, 0, false, problem);
            }
        }

        var sha = csv.Sha256();
        if (await db.AggregateImports.AnyAsync(a => a.Sha256 == sha && a.Area == area, cancellationToken))
        {
            return new(source.Name, shape, table.Months.Count(), 0, true, null);
        }

        if (firstMonth is not null)
        {
            table.FoldInto(firstMonth);
        }

        table.ZeroFillMonths();
        var values = Values(table, area, district).ToList();
        var written = await WriteAsync(name, sha, area, $"{shape} for {area}", values, cancellationToken);
        return new(source.Name, shape, table.Months.Count(), written, false, null);
    }

    private IEnumerable<(string Month, DerivedValue Value)> Values(AggregateTable table, string area, District? district)
    {
        var population = district?.Population ?? config.Population;
        foreach (var month in table.Months)
        {
            if (table.Shape == AggregateShape.StreetCrimeByType)
            {
                foreach (var rule in config.StreetMeasures)
                {
                    yield return (month, derivation.Count(rule.Measure, area, rule.Categories.Sum(c => table.Count(month, c)), population));
                }

                continue;
            }

            var groups = table.Shape == AggregateShape.StopSearchByEthnicity ? table.PopulationByGroup() : new Dictionary<string, int>();
            foreach (var value in derivation.StopSearchValues(table.Tally(month), area, groups))
            {
                // A total-only table says nothing about ethnicity, and a by-ethnicity one leaves out unknowns.
                var wanted = table.Shape == AggregateShape.StopSearchByEthnicity
                    ? config.StopSearchMeasures.ComparisonGroups.Values.Contains(value.Measure)
                    : value.Measure == config.StopSearchMeasures.Count;
                if (wanted)
                {
                    yield return (month, value);
                }
            }
        }
    }

    private async Task<int> WriteAsync(string name, string sha, string area, string description, List<(string Month, DerivedValue Value)> values, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var import = new AggregateImport { FileName = name, Sha256 = sha, Area = area, Description = description, ImportedAt = clock.GetUtcNow(), ImportedBy = actor.Name };
        db.AggregateImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        var written = await writer.WriteImportedAsync(
            values.Select(v => new PeriodValue(v.Value.Measure, v.Value.Area, v.Month, MonthStart(v.Month), v.Value.Value, v.Value.Numerator, v.Value.Denominator)).ToList(),
            [area], ObservationSource.AggregateImport, import.Id, actor.Name, cancellationToken);
        import.Observations = written;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private static DateOnly MonthStart(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ImportProblem? Read(AggregateTable table, string file, int line, string[] fields, int columns)
    {
        if (AggregateTable.Problem(file, line, fields, columns) is { } shapeProblem)
        {
            return shapeProblem;
        }

        if (!MonthPattern().IsMatch(fields[0]))
        {
            return new(file, line, "month", $"expected a month like 2024-05, found \"{fields[0]}\"");
        }

        var countColumn = table.Shape == AggregateShape.StopSearchTotal ? 2 : 3;
        if (!int.TryParse(fields[countColumn], NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return new(file, line, table.Shape == AggregateShape.StreetCrimeByType ? "crime_count" : "search_count",
                $"expected a whole number of 0 or more, found \"{fields[countColumn]}\"");
        }

        var key = table.Shape == AggregateShape.StopSearchTotal ? "" : fields[2];
        table.Add(fields[0], key, count);
        if (table.Shape == AggregateShape.StopSearchByEthnicity && int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var population))
        {
            table.NotePopulation(fields[1], key, population);
        }

        return null;
    }

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])$")]
    private static partial Regex MonthPattern();
}
