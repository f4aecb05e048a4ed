using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applicants;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Rounds;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Apply;

[Authorize(Policy = Policies.Applying)]
public sealed class IndexModel(CurrentUser current, ApplicantProfiles profiles, FundingRounds rounds, FundingApplications applications) : FormPageModel
{
    public ApplicantOrganisation? Organisation { get; private set; }

    public IReadOnlyList<FundingRound> OpenRounds { get; private set; } = [];

    public IReadOnlyList<FundingApplication> Applications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(Guid roundId, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var (id, errors) = await applications.StartAsync(me.Id, roundId, cancellationToken);
        if (id is not null)
        {
            return Redirect($"/funding/apply/applications/{id}");
        }

        ModelState.AddErrors(errors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        Organisation = await profiles.ForUserAsync(me.Id, cancellationToken);
        OpenRounds = await rounds.OpenAsync(cancellationToken);
        Applications = await applications.MineAsync(me.Id, cancellationToken);
    }
}
