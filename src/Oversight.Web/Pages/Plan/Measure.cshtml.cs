using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Domain.Plan;

namespace Oversight.Web.Pages.Plan;

[AllowAnonymous]
public sealed class MeasureModel(PoliceAndCrimePlan plan) : PageModel
{
    public Measure Measure { get; private set; } = null!;

    public PerformanceTheme Theme { get; private set; } = null!;

    public string Owner { get; private set; } = "";

    public IActionResult OnGet(string id)
    {
        var theme = plan.PerformanceThemes.FirstOrDefault(t => t.Measures.Any(m => m.Id == id));
        if (theme is null)
        {
            return NotFound();
        }

        Theme = theme;
        Measure = theme.Measures.First(m => m.Id == id);
        Owner = plan.Organisations.FirstOrDefault(o => o.Id == Measure.Owner)?.Name ?? Measure.Owner;
        return Page();
    }
}
