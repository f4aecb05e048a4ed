using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Victims;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Victims;

[Authorize(Policy = Policies.Funding)]
public sealed class ProviderModel(VictimCommissioning commissioning) : FormPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Sector { get; set; }

    public VictimServiceProvider Provider { get; private set; } = null!;

    public IReadOnlyList<VictimServiceContract> Contracts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        (Name, Sector) = (Provider.Name, Provider.Sector.ToString());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var (saved, errors) = await commissioning.SaveProviderAsync(id, Name, Sector, cancellationToken);
        if (saved is not null)
        {
            return Redirect($"/funding/victims/providers/{id}");
        }

        ModelState.AddErrors(errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var provider = await commissioning.FindProviderAsync(id, cancellationToken);
        if (provider is null)
        {
            return false;
        }

        Provider = provider;
        Contracts = await commissioning.ContractsOfAsync(id, cancellationToken);
        return true;
    }
}
