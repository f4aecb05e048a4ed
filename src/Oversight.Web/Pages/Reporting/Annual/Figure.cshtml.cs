using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Documents;
using Oversight.Domain.Performance.Periods;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Reporting.Annual;

/// One figure of the annual report and the records it is computed from, so a reader can check it.
[Authorize(Policy = Policies.Reporting)]
public sealed class FigureModel(ReportFigures figures) : PageModel
{
    public Oversight.Domain.Reporting.Figure Figure { get; private set; } = null!;

    public FigureRecords? Records { get; private set; }

    public string Year { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string year, string key, CancellationToken cancellationToken)
    {
        if (!ReportingPeriodParser.TryParse(year, MeasureFrequency.Annual, out var period, out _))
        {
            return NotFound();
        }

        var all = await figures.ForYearAsync(period.Start.Year, cancellationToken);
        if (!all.TryGetValue(key, out var figure))
        {
            return NotFound();
        }

        (Figure, Year) = (figure, period.Text);
        Records = await figures.RecordsAsync(period.Start.Year, key, cancellationToken);
        return Page();
    }
}
