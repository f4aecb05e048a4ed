using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Victims;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Victims;

[Authorize(Policy = Policies.Funding)]
public sealed class NewProviderModel(VictimCommissioning commissioning) : FormPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Sector { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (id, errors) = await commissioning.SaveProviderAsync(null, Name, Sector, cancellationToken);
        if (id is not null)
        {
            return Redirect($"/funding/victims/providers/{id}");
        }

        ModelState.AddErrors(errors);
        return Page();
    }
}
