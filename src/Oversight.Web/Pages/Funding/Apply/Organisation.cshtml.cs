using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applicants;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Apply;

[Authorize(Policy = Policies.Applying)]
public sealed class OrganisationModel(CurrentUser current, ApplicantProfiles profiles) : FormPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public string? CharityNumber { get; set; }

    [BindProperty]
    public string? CompanyNumber { get; set; }

    [BindProperty]
    public string? District { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        if (await profiles.ForUserAsync(me.Id, cancellationToken) is { } organisation)
        {
            (Name, Type, CharityNumber, CompanyNumber, District) =
                (organisation.Name, organisation.Type.ToString(), organisation.CharityNumber, organisation.CompanyNumber, organisation.District);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var errors = await profiles.SaveAsync(me.Id, new ProfileInput(Name, Type, CharityNumber, CompanyNumber, District), cancellationToken);
        ModelState.AddErrors(errors);
        return errors.Count > 0 ? Page() : Redirect("/funding/apply");
    }
}
