using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Visiting;
using Oversight.Domain.Custody;
using Oversight.Web.Forms;
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
        // An age that did not parse is checked as an adult's, so its own message is the only one about age.
        var declaration = new IndependenceDeclaration(ageOk ? age : Independence.MinimumAge, Links.Contains("officer"), Links.Contains("special"), Links.Contains("staff"));
        var application = new VisitorApplication(Name, appliedOn, declaration);
        if (dateOk && ageOk)
        {
            var (id, errors) = await volunteers.ApplyAsync(application, cancellationToken);
            if (id is not null)
            {
                return Redirect($"/custody/visitors/{id}");
            }

            AddErrors(errors);
            return Page();
        }

        // Nothing is saved while a field the page reads is wrong; the service's own checks still show beside it.
        AddErrors(Volunteers.Check(application));

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
