using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Lists;
using Oversight.Core.Reporting.Cited;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Reporting.Cited;

/// The statistics the office quotes from other bodies, searchable, each with the reference the narrative cites.
[Authorize(Policy = Policies.Reporting)]
public sealed class IndexModel(CurrentUser current, CitedStatistics statistics) : FormPageModel
{
    [FromQuery(Name = "added")]
    public string? Added { get; set; }

    public ListPage<CitedStatistic> Statistics { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public bool CanEnter { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var asked = ListView.Read(Request);
        Statistics = await statistics.SearchAsync(asked, cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, CitedStatistics.Sorts, Statistics), "Search by reference, what it measures, publisher or title", []);
        CanEnter = CitedStatistics.MayEnter((await current.GetAsync(cancellationToken)).Role);
    }
}
