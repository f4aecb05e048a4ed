using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Reporting.Annual;
using Oversight.Domain;

namespace Oversight.Web.Pages.Reports;

/// The published annual report on the public site: the latest published year unless another is asked for, with its
/// HTML and PDF. Nothing here before a report is published.
[AllowAnonymous]
public sealed class AnnualReportModel(AnnualReports reports) : PageModel
{
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    /// The start years of the published reports, newest first.
    public IReadOnlyList<int> Years { get; private set; } = [];

    public AnnualReport? Report { get; private set; }

    public int? Shown { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Years = [.. (await reports.PublishedYearsAsync(cancellationToken)).Select(FinancialYear.Parse).OfType<(DateOnly Start, DateOnly End)>().Select(y => y.Start.Year)];
        Shown = Year is { } asked && Years.Contains(asked) ? asked : Years.Count > 0 ? Years[0] : null;
        Report = Shown is { } year ? await reports.FindPublishedAsync(FinancialYear.Name(year), cancellationToken) : null;
    }
}
