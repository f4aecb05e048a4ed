using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Performance.Observations;
using Oversight.Domain.Performance.PoliceData;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.PoliceData;

/// Turns an imported month of the office's own force into measure values for the force and each district,
/// as the police-data configuration says. Runs inside the file's transaction, so values and rows agree.
public sealed class PoliceDataDerivation(OversightDbContext db, PoliceDataConfiguration config, PoliceAndCrimePlan plan, IAuditActor actor, ObservationWriter writer)
{
    public async Task DeriveAsync(PoliceDataFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var values = file.Kind switch
        {
            PoliceFileKind.Street => await StreetValuesAsync(file.Number, cancellationToken),
            PoliceFileKind.StopAndSearch => await StopSearchValuesAsync(file.Number, cancellationToken),
            _ => await OutcomeValuesAsync(file.Number, cancellationToken),
        };
        var start = DateOnly.ParseExact(file.Month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var areas = config.Districts.Select(d => d.Id).Append(Observation.ForceArea).ToList();
        await writer.WriteImportedAsync(
            values.Select(v => new PeriodValue(v.Measure, v.Area, file.Month, start, v.Value, v.Numerator, v.Denominator)).ToList(),
            areas, ObservationSource.PoliceOpenData, file.Id, actor.Name, cancellationToken);
    }

    private async Task<List<DerivedValue>> StreetValuesAsync(int fileNumber, CancellationToken cancellationToken)
    {
        var (from, to) = PoliceRecordKey.Range(fileNumber);
        var counts = await db.StreetCrimes.Where(r => r.Id >= from && r.Id < to)
            .GroupBy(r => new { r.CrimeTypeTerm, r.LsoaNameTerm })
            .Select(g => new { g.Key.CrimeTypeTerm, g.Key.LsoaNameTerm, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var words = await TermsAsync(counts.Select(c => c.CrimeTypeTerm).Concat(counts.Select(c => c.LsoaNameTerm ?? 0)), cancellationToken);
        var named = counts.Select(c => new { CrimeType = words[c.CrimeTypeTerm]!, LsoaName = words.GetValueOrDefault(c.LsoaNameTerm ?? 0), c.Count }).ToList();
        var byArea = named.GroupBy(c => config.DistrictOfLsoa(c.LsoaName)?.Id)
            .ToDictionary(g => g.Key ?? "", g => g.ToLookup(c => c.CrimeType, c => c.Count));
        var values = new List<DerivedValue>();
        foreach (var rule in config.StreetMeasures)
        {
            var categories = rule.Categories.ToHashSet(StringComparer.Ordinal);
            var force = named.Where(c => categories.Contains(c.CrimeType)).Sum(c => c.Count);
            values.Add(Count(rule.Measure, Observation.ForceArea, force, config.Population));
            foreach (var district in config.Districts)
            {
                var inDistrict = byArea.TryGetValue(district.Id, out var lookup) ? categories.Sum(c => lookup[c].Sum()) : 0;
                values.Add(Count(rule.Measure, district.Id, inDistrict, district.Population));
            }
        }

        return values;
    }

    private async Task<List<DerivedValue>> OutcomeValuesAsync(int fileNumber, CancellationToken cancellationToken)
    {
        var (from, to) = PoliceRecordKey.Range(fileNumber);
        var grouped = await db.CrimeOutcomes.Where(r => r.Id >= from && r.Id < to)
            .GroupBy(r => new { r.OutcomeTypeTerm, r.LsoaNameTerm })
            .Select(g => new { g.Key.OutcomeTypeTerm, g.Key.LsoaNameTerm, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var words = await TermsAsync(grouped.Select(c => c.OutcomeTypeTerm).Concat(grouped.Select(c => c.LsoaNameTerm ?? 0)), cancellationToken);
        var counts = grouped.Select(c => new { OutcomeType = words[c.OutcomeTypeTerm]!, LsoaName = words.GetValueOrDefault(c.LsoaNameTerm ?? 0), c.Count }).ToList();
        var values = new List<DerivedValue>();
        foreach (var rule in config.OutcomeMeasures)
        {
            var wanted = rule.Outcomes.ToHashSet(StringComparer.Ordinal);
            foreach (var area in config.Districts.Select(d => (Id: d.Id, District: (District?)d)).Prepend((Observation.ForceArea, null)))
            {
                var inArea = counts.Where(c => area.District is null || config.DistrictOfLsoa(c.LsoaName) == area.District).ToList();
                var all = inArea.Sum(c => c.Count);
                if (all > 0)
                {
                    values.Add(Percentage(rule.Measure, area.Id, inArea.Where(c => wanted.Contains(c.OutcomeType)).Sum(c => c.Count), all));
                }
            }
        }

        return values;
    }

    private async Task<List<DerivedValue>> StopSearchValuesAsync(int fileNumber, CancellationToken cancellationToken)
    {
        var (from, to) = PoliceRecordKey.Range(fileNumber);
        var rows = await db.StopSearches.Where(r => r.Id >= from && r.Id < to)
            .Select(r => new { r.Outcome, r.OutcomeLinkedToObjectOfSearch, r.SelfDefinedEthnicity, r.OfficerDefinedEthnicity })
            .ToListAsync(cancellationToken);
        var rules = config.StopSearchMeasures;
        var tally = new StopSearchTally();
        foreach (var row in rows)
        {
            tally.Add(row.Outcome, row.OutcomeLinkedToObjectOfSearch, EthnicGroup.Of(row.SelfDefinedEthnicity, row.OfficerDefinedEthnicity), rules);
        }

        return StopSearchValues(tally, Observation.ForceArea, ForcePopulationByEthnicity());
    }

    private async Task<Dictionary<int, string?>> TermsAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Where(id => id != 0).Distinct().ToList();
        return await db.PoliceDataTerms.Where(t => wanted.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (string?)t.Text, cancellationToken);
    }

    /// The stop-and-search measures for one area from a tally; shared with aggregated imports.
    public List<DerivedValue> StopSearchValues(StopSearchTally tally, string area, IReadOnlyDictionary<string, int> populationByEthnicity)
    {
        ArgumentNullException.ThrowIfNull(tally);
        var rules = config.StopSearchMeasures;
        var values = new List<DerivedValue> { new(rules.Count, area, tally.Searches, null, null) };
        if (tally.Searches > 0)
        {
            values.Add(Percentage(rules.ArrestRate, area, tally.Arrests, tally.Searches));
            values.Add(Percentage(rules.PositiveOutcomeRate, area, tally.PositiveOutcomes, tally.Searches));
            values.Add(Percentage(rules.FindRate, area, tally.Finds, tally.Searches));
        }

        foreach (var (group, measure) in rules.ComparisonGroups)
        {
            if (tally.Disproportionality(group, rules.BaselineGroup, populationByEthnicity) is { } ratio)
            {
                values.Add(new(measure, area, ratio, null, null));
            }
        }

        return values;
    }

    public IReadOnlyDictionary<string, int> ForcePopulationByEthnicity() =>
        config.Districts.SelectMany(d => d.PopulationByEthnicity)
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Sum(p => p.Value), StringComparer.Ordinal);

    /// A count, or a rate per 1,000 residents where the plan defines the measure that way.
    public DerivedValue Count(string measure, string area, int count, int population) =>
        plan.FindMeasure(measure)?.Unit == MeasureUnit.RatePer1000
            ? new(measure, area, count * 1000.0 / population, count, population)
            : new(measure, area, count, null, null);

    private static DerivedValue Percentage(string measure, string area, int part, int whole) =>
        new(measure, area, part * 100.0 / whole, part, whole);
}

public sealed record DerivedValue(string Measure, string Area, double Value, double? Numerator, double? Denominator);
