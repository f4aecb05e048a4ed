using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Web.Components;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Visits;

/// Visit reports on the shared list tool: a volunteer's own pair's visits, or every visit for a coordinator.
[Authorize(Policy = Policies.CustodyVisiting)]
public sealed class IndexModel(VisitReports reports, CustodySetup setup) : FormPageModel
{
    private static readonly IReadOnlyList<(VisitStatus Status, string Slug, string Label)> Statuses =
    [
        (VisitStatus.Draft, "draft", "Draft"),
        (VisitStatus.Submitted, "submitted", "Submitted"),
    ];

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "suite")]
    public string? Suite { get; set; }

    [FromQuery(Name = "year")]
    public string? Year { get; set; }

    public ListPage<VisitSummary> Visits { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public bool IsCoordinator { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var user = VisitingUsers.From(User);
        IsCoordinator = user.IsCoordinator;
        var status = Statuses.Where(s => s.Slug == Status).Select(s => (VisitStatus?)s.Status).FirstOrDefault();
        int? year = int.TryParse(Year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : null;
        var asked = ListView.Read(Request);
        Visits = await reports.ListAsync(user, new VisitFilters(status, Suite, year), asked, cancellationToken);
        var suites = await setup.SuitesAsync(cancellationToken);
        var years = await reports.YearsAsync(user, cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, VisitReports.Sorts, Visits), "Search by suite or visitor",
        [
            new ListFilter("status", "Status", Statuses.Select(s => new Choice(s.Slug, s.Label)).ToList(), Status),
            new ListFilter("suite", "Suite", suites.Select(s => new Choice(s.Id, s.Name)).ToList(), Suite),
            new ListFilter("year", "Year", years.Select(v => new Choice(v.ToString(CultureInfo.InvariantCulture), FinancialYear.Label(v))).ToList(), Year),
        ]);
    }
}
