using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Sharing;

[Authorize(Policy = Policies.Administration)]
public sealed class IndexModel(DataSharingAgreements agreements, PoliceAndCrimePlan plan, TimeProvider clock) : PageModel
{
    public IReadOnlyList<DataSharingAgreement> Agreements { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = UkTime.Today(clock);
        Agreements = await agreements.ListAsync(cancellationToken);
    }

    public string Status(DataSharingAgreement agreement) =>
        agreement?.IsActiveOn(Today) == true ? "In force" : agreement?.Starts > Today ? "Not started" : "Ended";

    public string DatasetName(string id) => plan.Datasets.FirstOrDefault(d => d.Id == id)?.Name ?? id;

    public string OrganisationName(string id) => plan.Organisations.FirstOrDefault(o => o.Id == id)?.Name ?? id;
}
