using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Custody.Visiting;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Issues;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(VisitIssues issues) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Filters =
        [("open", "Open"), ("overdue", "Overdue"), ("escalated", "Escalated"), ("closed", "Closed"), ("all", "All")];

    [FromQuery(Name = "show")]
    public string Show { get; set; } = "open";

    public IReadOnlyList<IssueRow> Issues { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Show = Filters.Any(f => f.Value == Show) ? Show : "open";
        Issues = await issues.ListAsync(Show, cancellationToken);
    }
}
