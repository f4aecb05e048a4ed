using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages.Plan;

[AllowAnonymous]
public sealed class IndexModel(PoliceAndCrimePlan plan) : PageModel
{
    public PoliceAndCrimePlan Plan => plan;

    public CultureInfo Culture => CultureInfo.GetCultureInfo("en-GB");

    public void OnGet()
    {
    }
}
