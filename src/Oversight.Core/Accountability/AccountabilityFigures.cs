using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Precept;
using Oversight.Core.Data;
using Oversight.Core.Documents;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Reporting;

namespace Oversight.Core.Accountability;

/// The annual report's accountability figures: meetings held by heading, the precept set during the year (for the
/// next year), and the programme outputs confirmed for the year.
public sealed class AccountabilityFigures(OversightDbContext db, Meetings.Meetings meetings, PreceptRecords precept) : IFigureSource
{
    private const string MeetingsPrefix = "accountability.meetings.";
    private const string OutputsPrefix = "accountability.outputs.";
    private const string BandD = "accountability.precept.band-d";
    private const string BandDIncrease = "accountability.precept.band-d-increase";
    private const string BandDRise = "accountability.precept.band-d-increase-share";
    private const string BandDWeekly = "accountability.precept.band-d-increase-weekly";

    public async Task<IReadOnlyList<Figure>> FiguresAsync(int firstYear, CancellationToken cancellationToken)
    {
        var year = ReportingPeriod.FinancialYear(firstYear).Text;
        // A body that met nowhere in the year (a partnership known only from its records) is not an achievement to list.
        var figures = (await meetings.CountsAsync(year, cancellationToken)).Where(c => c.Value > 0)
            .Select(c => new Figure(MeetingsPrefix + Slug(c.Key), $"{c.Key} held in {ReportWords.PeriodInFull(year)}", c.Value, FigureFormat.Count,
                ReportSection.Headlines, "Governance meetings recorded in Oversight", "/accountability/meetings?year=" + year))
            .ToList();
        var next = ReportingPeriod.FinancialYear(firstYear + 1).Text;
        if (await precept.TableAsync(next, cancellationToken) is { } table && table.FirstOrDefault(l => l.Band.Name == "D") is { } d)
        {
            var source = $"Precept records for {year} and {next}";
            figures.Add(new(BandD, $"Band D police precept for {next}", d.Current, FigureFormat.Money, ReportSection.Finance, source, "/accountability/precept?year=" + next, Tabulate: true));
            figures.Add(new(BandDIncrease, $"Annual increase in the Band D police precept for {next}", d.AnnualIncrease, FigureFormat.Money, ReportSection.Finance, source, "/accountability/precept?year=" + next));
            figures.Add(new(BandDRise, $"Rise in the Band D police precept for {next}", d.Previous == 0 ? 0 : Math.Round(100m * d.AnnualIncrease / d.Previous, 1), FigureFormat.Percentage, ReportSection.Finance, source, "/accountability/precept?year=" + next));
            figures.Add(new(BandDWeekly, $"Weekly increase in the Band D police precept for {next}", d.WeeklyIncrease, FigureFormat.Money, ReportSection.Finance, source, "/accountability/precept?year=" + next));
        }

        foreach (var output in await db.ProgrammeOutputs.AsNoTracking().Include(o => o.Values).ToListAsync(cancellationToken))
        {
            if (output.Values.Where(v => v.Period == year).MaxBy(v => v.ConfirmedAt) is { } value)
            {
                figures.Add(new(OutputsPrefix + output.Key, $"{output.Name} ({output.Programme}), {year}", value.Value, FigureFormat.Count,
                    ReportSection.Headlines, $"Programme output confirmed by {value.ConfirmedBy}", $"/accountability/outputs/{output.Id}"));
            }
        }

        return figures;
    }

    public async Task<FigureRecords?> RecordsAsync(int firstYear, string key, CancellationToken cancellationToken)
    {
        var year = ReportingPeriod.FinancialYear(firstYear).Text;
        if (key.StartsWith(MeetingsPrefix, StringComparison.Ordinal))
        {
            var headings = await db.Set<Bodies.Body>().Select(b => b.CountsAs).Distinct().ToListAsync(cancellationToken);
            var heading = headings.FirstOrDefault(h => MeetingsPrefix + Slug(h) == key);
            var held = (await meetings.ListAsync(year, cancellationToken)).Where(m => m.Body?.CountsAs == heading).OrderBy(m => m.Date);
            return heading is null ? null : new(["Date", "Meeting", "Title"], [.. held.Select(m => (IReadOnlyList<string>)[Day(m.Date), m.BodyName, m.Title])]);
        }

        if (key is BandD or BandDIncrease or BandDRise or BandDWeekly)
        {
            var table = await precept.TableAsync(ReportingPeriod.FinancialYear(firstYear + 1).Text, cancellationToken);
            return table is null ? null : new(["Band", "Previous year", "This year", "Increase a year", "Increase a week"],
                [.. table.Select(l => (IReadOnlyList<string>)[l.Band.Name, Money(l.Previous), Money(l.Current), Money(l.AnnualIncrease), Money(l.WeeklyIncrease)])]);
        }

        if (!key.StartsWith(OutputsPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var output = await db.ProgrammeOutputs.AsNoTracking().Include(o => o.Values).SingleOrDefaultAsync(o => o.Key == key.Substring(OutputsPrefix.Length), cancellationToken);
        return output is null ? null : new(["Year", "Value", "Confirmed by", "Evidence"],
            [.. output.Values.Where(v => v.Period == year).OrderByDescending(v => v.ConfirmedAt)
                .Select(v => (IReadOnlyList<string>)[v.Period, v.Value.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), v.ConfirmedBy, v.EvidenceUrl ?? v.EvidenceFileName ?? ""])]);
    }

    private static string Slug(string heading) => heading.ToLowerInvariant().Replace(' ', '-');

    private static string Day(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    private static string Money(decimal value) => value.ToString("C2", CultureInfo.GetCultureInfo("en-GB"));
}
