using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Victims;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Victims;

[Authorize(Policy = Policies.Funding)]
public sealed class ContractModel(VictimCommissioning commissioning, VictimReturns returns) : ContractFormModel
{
    public VictimServiceContract Contract { get; private set; } = null!;

    public IReadOnlyList<VictimServiceReturn> Returns { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Fill(Contract);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (input, dateErrors) = Read(Contract.ProviderId);
        var (saved, errors) = await commissioning.SaveContractAsync(id, input, dateErrors, cancellationToken);
        if (saved is not null)
        {
            return Redirect($"/funding/victims/contracts/{id}");
        }

        ModelState.AddErrors(errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await commissioning.FindContractAsync(id, cancellationToken) is not { } contract)
        {
            return false;
        }

        Contract = contract;
        Returns = await returns.ForContractAsync(id, cancellationToken);
        return true;
    }
}
