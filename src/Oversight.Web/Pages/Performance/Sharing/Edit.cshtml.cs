using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core;
using Oversight.Core.Data;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Sharing;

[Authorize(Policy = Policies.Administration)]
public sealed class EditModel(DataSharingAgreements agreements, PoliceAndCrimePlan plan, OversightDbContext db) : AgreementFormModel(plan, db)
{
    public override string Heading => "Change a data sharing agreement";

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var agreement = await agreements.FindAsync(id, cancellationToken);
        if (agreement is null)
        {
            return NotFound();
        }

        Fill(agreement);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var (details, dateErrors) = Read();
        var saved = dateErrors.Count > 0
            ? Saved.Invalid([.. dateErrors, .. await agreements.CheckAsync(details, cancellationToken)])
            : await agreements.UpdateAsync(id, details, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect("/admin/agreements");
        }

        AddErrorsInFormOrder(saved.Errors);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
