using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Data;
using Oversight.Core.Performance.Sharing;
using Oversight.Domain;
using Oversight.Domain.Plan;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Performance.Sharing;

[Authorize(Policy = Policies.Administration)]
public sealed class NewModel(DataSharingAgreements agreements, PoliceAndCrimePlan plan, OversightDbContext db) : AgreementFormModel(plan, db)
{
    public override string Heading => "Add a data sharing agreement";

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadChoicesAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (details, dateErrors) = Read();
        IReadOnlyList<FieldError> errors = dateErrors.Count > 0
            ? [.. dateErrors, .. await agreements.CheckAsync(details, cancellationToken)]
            : (await agreements.CreateAsync(details, cancellationToken)).Errors;
        if (errors.Count == 0)
        {
            return Redirect("/admin/agreements");
        }

        AddErrorsInFormOrder(errors);
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
