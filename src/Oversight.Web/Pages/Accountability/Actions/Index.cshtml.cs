using Microsoft.AspNetCore.Authorization;
using Oversight.Core.Accountability.Actions;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Actions;

[Authorize(Policy = Policies.Accountability)]
public sealed class IndexModel(CurrentUser current, MeetingActions actions, PoliceAndCrimePlan plan) : AccountabilityPageModel(current)
{
    public bool OverdueOnly { get; private set; }

    public IReadOnlyList<MeetingAction> List { get; private set; } = [];

    public DateOnly Today => actions.Today;

    public string OrganisationName(string id) => plan.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? id;

    public async Task OnGetAsync(string? show, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        OverdueOnly = show == "overdue";
        List = OverdueOnly ? await actions.OverdueAsync(cancellationToken) : await actions.OutstandingAsync(cancellationToken);
    }
}
