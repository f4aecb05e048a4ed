using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Visiting;
using Oversight.Domain.Custody;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Visitors;

[Authorize(Policy = Policies.Custody)]
public sealed class NewModel(Volunteers volunteers) : FormPageModel
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateParts AppliedOn { get; set; } = new();

    [BindProperty]
    public string? Age { get; set; }

    [BindProperty]
    public List<string> Links { get; set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var dateOk = AppliedOn.TryRead("the date of the application", out var appliedOn, out var dateError);
        var ageOk = int.TryParse(Age, NumberStyles.None, CultureInfo.InvariantCulture, out var age) && age is > 0 and < 120;
        var declaration = new IndependenceDeclaration(ageOk ? age : 0, Links.Contains("officer"), Links.Contains("special"), Links.Contains("staff"));
        var (id, errors) = await volunteers.ApplyAsync(new VisitorApplication(Name, appliedOn, declaration), cancellationToken);
        if (id is not null && dateOk && ageOk)
        {
            return Redirect($"/custody/visitors/{id}");
        }

        foreach (var error in errors.Where(e => ageOk || !e.Message.Contains("18 or over", StringComparison.Ordinal)))
        {
            var field = error.Field != "Declaration" ? error.Field
                : error.Message.Contains("18 or over", StringComparison.Ordinal) ? nameof(Age) : nameof(Links);
            ModelState.AddModelError(field, error.Message);
        }

        if (!dateOk)
        {
            ModelState.AddModelError(nameof(AppliedOn), dateError!);
        }

        if (!ageOk)
        {
            ModelState.AddModelError(nameof(Age), "Enter the applicant's age in whole years, like 34");
        }

        return Page();
    }
}
