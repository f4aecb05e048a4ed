using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages;

/// A fixed statement page (accessibility, privacy, cookies) that names the office from the plan configuration.
public abstract class OfficeStatementModel(PoliceAndCrimePlan plan) : PageModel
{
    public string Office => plan.Office;

    public void OnGet()
    {
    }
}
