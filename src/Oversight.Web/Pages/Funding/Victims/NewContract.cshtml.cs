using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Victims;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Victims;

[Authorize(Policy = Policies.Funding)]
public sealed class NewContractModel(VictimCommissioning commissioning) : ContractFormModel
{
    public VictimServiceProvider Provider { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await commissioning.FindProviderAsync(id, cancellationToken) is not { } provider)
        {
            return NotFound();
        }

        Provider = provider;
        FundingSource = VictimServicesStatistics.MinistryOfJusticeGrant;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await commissioning.FindProviderAsync(id, cancellationToken) is not { } provider)
        {
            return NotFound();
        }

        Provider = provider;
        var (input, dateErrors) = Read(id);
        var (saved, errors) = await commissioning.SaveContractAsync(null, input, dateErrors, cancellationToken);
        if (saved is not null)
        {
            return Redirect($"/funding/victims/contracts/{saved}");
        }

        ModelState.AddErrors(errors);
        return Page();
    }
}
