using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Performance.Judgements;
using Oversight.Core.Performance.Observations;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain;
using Oversight.Domain.Performance.Spc;
using Oversight.Domain.Plan;
using Oversight.Web.Forms;
using Oversight.Web.Performance;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Partnership;

/// The partnership dashboard: charts and tables of the measures a partner may read, for an area and months.
[Authorize(Policy = Policies.Partnership)]
public sealed class IndexModel(PartnershipSeries partnership, MeasureJudgements judgements, CurrentUser current, PoliceAndCrimePlan plan, TimeProvider clock)
    : FormPageModel
{
    public PartnershipQuery Query { get; private set; } = null!;

    public IReadOnlyList<(PerformanceTheme Theme, IReadOnlyList<Measure> Measures)> Choices { get; private set; } = [];

    public PartnershipReading? Reading { get; private set; }

    public IReadOnlyList<(string Id, string Name)> Areas => judgements.Areas;

    public string AreaName => judgements.AreaName(Query.Area);

    public string ExportUrl { get; private set; } = "";

    /// The page as a partner first lands on it: every measure they may read, summarised over the two years up to
    /// the latest month with values, rather than an empty selection.
    public bool Landing { get; private set; }

    /// The months the landing summary covers.
    public (DateOnly From, DateOnly To) LandingMonths { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Query = PartnershipQuery.Read(Request.Query, UkTime.Today(clock));
        if (!judgements.IsArea(Query.Area))
        {
            return NotFound();
        }

        var me = await current.GetAsync(cancellationToken);
        Choices = await partnership.ChoicesAsync(me, cancellationToken);
        if (!Query.Submitted)
        {
            if (Choices.Count == 0)
            {
                return Page();
            }

            // A district's council lands on its district (its organisation id starts with the district's: leeds-city-council).
            var home = Areas.Select(a => a.Id).FirstOrDefault(a => a != Observation.ForceArea && me.OrganisationId.StartsWith(a + "-", StringComparison.Ordinal));
            Query = Query with { Area = home ?? Query.Area };
            var latest = await partnership.LatestMonthAsync(me, Query.Area, cancellationToken) ?? new DateOnly(UkTime.Today(clock).Year, UkTime.Today(clock).Month, 1);
            Query = Query with { From = MonthParts.From(latest.AddMonths(-23)), To = MonthParts.From(latest) };
            Landing = true;
            LandingMonths = (latest.AddMonths(-23), latest);
            Reading = await partnership.ReadAsync(me, [.. Choices.SelectMany(c => c.Measures).Select(m => m.Id)], Query.Area, latest.AddMonths(-23), latest, cancellationToken);
            return Page();
        }

        var errors = Query.Check(out var from, out var to);
        ModelState.AddErrors(errors.Select(e => new FieldError(e.Key, e.Value)));

        if (errors.Count > 0)
        {
            return Page();
        }

        Reading = await partnership.ReadAsync(me, Query.Measures, Query.Area, from, to, cancellationToken);
        ExportUrl = "/partnership/export.csv" + Query.ToQueryString(Reading.Series.Select(s => s.Measure.Id));
        return Page();
    }

    /// The link to one measure's chart and table, over the same area and months.
    public string ChartLink(string measureId) => "/partnership" + Query.ToQueryString([measureId]);

    /// A refused id by its plan name; an id the plan does not know is shown as typed (HTML-encoded by Razor).
    public string NameOf(string measureId) => plan.FindMeasure(measureId)?.Name ?? measureId;

    /// The chart's text alternative: what it shows and what it says.
    public string Summary(RangeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var points = series.Points;
        var last = points[^1];
        return $"{series.Measure.Name} for {AreaName}, {points.Count} periods from {points[0].Period} to {last.Period}. "
            + $"Latest value {JudgementText.Number(last.Value)}; mean {JudgementText.Number(last.Mean)}; "
            + $"process limits {JudgementText.Number(last.Lower)} to {JudgementText.Number(last.Upper)}. "
            + $"{points.Count(p => p.SpecialCause != SpecialCause.None)} points show a special cause.";
    }
}
