using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Lists;
using Oversight.Web.Components;
using Oversight.Web.Custody;
using Oversight.Web.Lists;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Visitors;

/// The scheme's visitors on the shared list tool: searched by name, filtered by stage and whether they may visit.
[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(Volunteers volunteers) : FormPageModel
{
    private static readonly IReadOnlyList<(bool CanVisit, string Slug, string Label)> Statuses =
    [
        (true, "active", "Active"),
        (false, "inactive", "Inactive"),
    ];

    [FromQuery(Name = "stage")]
    public VisitorStage? Stage { get; set; }

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    public ListPage<CustodyVisitor> Visitors { get; private set; } = new([], 1, 1, 0);

    public ListSearch Search { get; private set; } = null!;

    public int Active { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var canVisit = Statuses.Where(s => s.Slug == Status).Select(s => (bool?)s.CanVisit).FirstOrDefault();
        var asked = ListView.Read(Request);
        Visitors = await volunteers.SearchAsync(Stage, canVisit, asked, cancellationToken);
        Active = await volunteers.ActiveCountAsync(cancellationToken);
        Search = new ListSearch(ListView.Of(Request, asked, Volunteers.Sorts, Visitors), "Search by name",
        [
            new ListFilter("stage", "Stage", Enum.GetValues<VisitorStage>().Select(s => new Choice(s.ToString(), CustodyText.Stage(s))).ToList(), Stage?.ToString()),
            new ListFilter("status", "Status", Statuses.Select(s => new Choice(s.Slug, s.Label)).ToList(), Status),
        ]);
    }
}
