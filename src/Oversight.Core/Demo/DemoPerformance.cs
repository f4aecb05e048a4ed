using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Core.Performance;
using Oversight.Core.Performance.National;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Reports;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Performance.PoliceData;
using Oversight.Domain.Plan;

namespace Oversight.Core.Demo;

/// Invented force-wide values for the five years to the demo clock's last complete month, at West Yorkshire's real
/// magnitudes (DemoMagnitudes, DemoNationalCounts), so the demo's matrix, comparisons and published report have
/// something believable to judge. Measures the real police files already cover are left alone; every invented value
/// says so in its notes, with the source of its scale.
public sealed class DemoPerformance(OversightDbContext db, PoliceAndCrimePlan plan, PoliceDataConfiguration policeData, QuarterlyReports reports, TimeProvider clock)
{
    public const string Notes = "Invented for the demo";
    public const string PublishedQuarter = "2024-25 Q4";
    private const int Years = 5;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var covered = await db.Observations.Where(o => o.Area == Observation.ForceArea)
            .Select(o => o.MeasureId).Distinct().ToListAsync(cancellationToken);
        var random = new Random(2024);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
        var national = DemoNationalCounts.Invent(last.ToString("yyyy-MM", CultureInfo.InvariantCulture), random);
        db.NationalCounts.AddRange(national);
        var street = StreetSeries(national.Where(c => c.Force == policeData.Force).ToList(), covered).ToList();
        db.Observations.AddRange(street);
        var first = new DateOnly(last.Year - Years, last.Month, 1).AddMonths(1);
        foreach (var measure in plan.Measures.Where(m => !covered.Contains(m.Id) && street.All(o => o.MeasureId != m.Id)))
        {
            db.Observations.AddRange(Series(measure, first, last, random));
        }

        await db.SaveChangesAsync(cancellationToken);
        await PublishReportAsync(cancellationToken);
    }

    /// The force's street-crime measures from the same invented monthly counts the comparisons use, so the two agree.
    private IEnumerable<Observation> StreetSeries(List<NationalCount> force, List<string> covered)
    {
        var byMonth = force.ToLookup(c => c.Month);
        foreach (var rule in policeData.StreetMeasures.Where(r => !covered.Contains(r.Measure) && plan.FindMeasure(r.Measure) is not null))
        {
            var measure = plan.FindMeasure(rule.Measure)!;
            foreach (var month in byMonth.OrderBy(m => m.Key, StringComparer.Ordinal))
            {
                var count = month.Where(c => rule.Categories.Contains(c.Category)).Sum(c => c.Count);
                var value = measure.Unit == MeasureUnit.RatePer1000 ? Math.Round(count * 1000.0 / policeData.Population, 2) : count;
                yield return Invented(measure, ReportingPeriod.Containing(DateOnly.ParseExact(month.Key + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture), measure.Frequency), value,
                    "West Yorkshire's real data.police.uk street counts by crime type, 2025-05 to 2026-04 (demo/police-uk/SOURCE.md), re-dated");
            }
        }
    }

    private IEnumerable<Observation> Series(Measure measure, DateOnly first, DateOnly last, Random random)
    {
        var magnitude = DemoMagnitudes.Levels.GetValueOrDefault(measure.Id);
        var level = magnitude?.Level ?? Level(measure.Unit, random);
        // A step in the last year for some measures, so the demo shows special causes as well as common ones.
        var step = random.Next(3) == 0 ? (random.Next(2) == 0 ? 0.85 : 1.15) : 1.0;
        var stepFrom = last.AddMonths(-11);
        for (var period = ReportingPeriod.Containing(first, measure.Frequency); period.End <= last; period = period.Next())
        {
            var seasonal = 1 + (0.06 * Math.Sin(period.Start.Month * Math.PI / 6));
            var mean = level * seasonal * (period.Start >= stepFrom ? step : 1.0);
            var value = measure.Unit == MeasureUnit.Count
                ? DemoNationalCounts.Noisy(mean, random)
                : mean * (1 + ((random.NextDouble() - 0.5) * 0.12));
            yield return Invented(measure, period, Round(measure.Unit, value), magnitude?.Source ?? "an illustrative level for the unit");
        }
    }

    private Observation Invented(Measure measure, ReportingPeriod period, double value, string scale) => new()
    {
        MeasureId = measure.Id,
        Area = Observation.ForceArea,
        Period = period.Text,
        PeriodStart = period.Start,
        Value = value,
        Notes = $"{Notes}; scale: {scale}",
        Source = ObservationSource.ManualEntry,
        RecordedAt = clock.GetUtcNow(),
        RecordedBy = "demo",
    };

    private static double Level(MeasureUnit unit, Random random) => unit switch
    {
        MeasureUnit.Count => 40 + random.Next(400),
        MeasureUnit.Percentage => 45 + random.Next(40),
        MeasureUnit.RatePer1000 => 5 + random.Next(6),
        MeasureUnit.Ratio => 1.5 + random.NextDouble(),
        _ => 2 + random.Next(8),
    };

    private static double Round(MeasureUnit unit, double value) => unit switch
    {
        MeasureUnit.Count => Math.Round(value),
        MeasureUnit.Percentage => Math.Min(100, Math.Round(value, 1)),
        _ => Math.Round(value, 2),
    };

    // The analyst's year-end commentary on each theme, written for the demo (the measures' series are invented); the
    // annual report's performance section carries it over from the published quarter.
    private static readonly Dictionary<string, string> ThemeCommentary = new(StringComparer.Ordinal)
    {
        ["serious-violence"] = "Homicide and knife crime were watched closely through the year alongside the force's part in the national task force on knife-enabled robbery. Serious Violence Duty data on knife-enabled homicide and attempted homicide is feeding the new Serious Violence Strategy. Written for the demo.",
        ["confidence-and-satisfaction"] = "These measures come from the national Crime Survey, which is slow to show change in one force area. The office is commissioning its own West Yorkshire survey to give a local reading of confidence and of how safe people feel. Written for the demo.",
        ["crime-and-asb"] = "The force records crime more completely than most, so its recorded rate reads high against forces that have only lately tightened their recording. Anti-social behaviour has settled after a change in how it is recorded; stalking and harassment were broken down into their parts at year end. Written for the demo.",
        ["supporting-victims-and-vulnerable-people"] = "More rapes and sexual offences are being reported, here as nationally, though most victims still do not come forward. Mental health and missing-person demand were followed with partners, as were drug and alcohol treatment completions. Written for the demo.",
        ["investigations"] = "Positive outcomes for rape, a focus of the Women's Safety Unit, were examined against those for other sexual offences and for domestic abuse. The criminal justice scorecard was reviewed at year end, including how long victims' phones are kept. Written for the demo.",
        ["equity-diversity-and-inclusion-measures"] = "Stop and search outcomes and disproportionality by ethnic group were reviewed with the force as part of the Police Race Action Plan, alongside Taser use and how often it was fired. Written for the demo.",
        ["vision-zero"] = "Road deaths and serious injuries were followed against the Vision Zero ambition, with dash-cam submissions from the public and what came of them as a community measure. Written for the demo.",
    };

    /// The quarter's report taken through the whole workflow, each step by the demo account allowed to take it.
    private async Task PublishReportAsync(CancellationToken cancellationToken)
    {
        var analyst = User(DemoData.Accounts[1]);
        var leadership = User(DemoData.Accounts[5]);
        var id = Check(await reports.CreateAsync(analyst, PublishedQuarter, cancellationToken));
        var themes = plan.PerformanceThemes.ToDictionary(
            t => t.Id, t => new ThemeEdit(ThemeCommentary.GetValueOrDefault(t.Id, $"Demo commentary on {t.Title}: invented for trying Oversight out."), null, null));
        // The demo holds one real month of stop and search, so those measures say why the quarter has no value.
        var missing = await reports.MissingAsync((await reports.FindAsync(id, cancellationToken))!, cancellationToken);
        Check(await reports.SaveAsync(analyst, id, new ReportEdits(new Dictionary<string, string?>(), themes,
            missing.ToDictionary(m => m.Id, _ => (string?)"The demo holds one real month of stop and search (invented for trying Oversight out)")), cancellationToken));
        Check(await reports.SaveCoveringAsync(analyst, id, Covering, cancellationToken));
        Check(await reports.SubmitAsync(analyst, id, cancellationToken));
        // The force answers while the report waits for approval, as it would before the Panel meets.
        Check(await reports.SaveForceResponseAsync(User(DemoData.Accounts[7]), id, ForceResponse, cancellationToken));
        Check(await reports.ApproveAsync(leadership, id, cancellationToken));
        Check(await reports.PublishAsync(leadership, id, cancellationToken));
    }

    // Invented for the demo, in the office's own words: what a covering report and a force's response say.
    private static readonly CoveringEdit Covering = new(
        "To give the Police and Crime Panel the office's assessment of West Yorkshire Police's performance in the last quarter of 2024/25 against the Police and Crime Plan, so the Panel can review how the Mayor holds the Chief Constable to account.",
        "Over the year to March 2025 most measures stayed within their expected range. Recorded crime in the force area held steady and the force answered more emergency calls within its target time than a year before. The office judged each of the plan's themes from the measures and the commentary that follows. (Invented for trying Oversight out.)",
        "The exceptions table lists the measures showing special-cause concern or consistently missing their target. The office has asked the force to explain each at the next accountability meeting, and the Deputy Mayor will report back to the Panel on what was agreed.",
        "That the Panel:\n1. notes the quarter's performance and the office's judgement of each theme;\n2. notes the force's response below;\n3. asks the Deputy Mayor to report back at its next meeting on the measures listed as exceptions.");

    private const string ForceResponse =
        "West Yorkshire Police welcomes the office's report. We recognise the exceptions it lists and have set out to the Deputy Mayor what we are doing about each: extra patrols in the districts where violence rose, and a review of how we record repeat victims. We will report progress at the next accountability meeting. (Invented for trying Oversight out.)";

    internal static MeasureUser User(DemoAccount account) => new(account.Email, account.DisplayName, account.Role, account.OrganisationId);

    internal static Guid Check(ReportOutcome outcome) =>
        outcome.Kind == ReportOutcomeKind.Done
            ? outcome.ReportId ?? Guid.Empty
            : throw new InvalidOperationException($"Demo report: {outcome.Kind} {string.Join("; ", outcome.Errors.Select(e => e.Message))}");
}
