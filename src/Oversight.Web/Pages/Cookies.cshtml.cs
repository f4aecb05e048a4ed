using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages;

[AllowAnonymous]
public sealed class CookiesModel(PoliceAndCrimePlan plan) : PageModel
{
    public string Office => plan.Office;

    public void OnGet()
    {
    }
}
