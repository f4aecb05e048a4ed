using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Data;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class NewModel(OversightDbContext db, UserAccounts accounts) : FormPageModel
{
    [BindProperty]
    public string? DisplayName { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? OrganisationId { get; set; }

    [BindProperty]
    public string? Role { get; set; }

    [BindProperty]
    public string? Password { get; set; }

    public IReadOnlyList<Organisation> Organisations { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Require(nameof(DisplayName), DisplayName, "Enter the user's full name");
        Require(nameof(Email), Email, "Enter the user's email address");
        Require(nameof(OrganisationId), OrganisationId, "Select the user's organisation");
        Require(nameof(Role), Role, "Select a role");
        Require(nameof(Password), Password, "Enter a temporary password");
        if (ModelState.IsValid)
        {
            ModelState.AddErrors(await accounts.CreateAsync(new NewUser(Email!.Trim(), DisplayName!.Trim(), Password!, Role!, OrganisationId!), cancellationToken));
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        return Redirect("/admin/users");
    }

    private void Require(string field, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            ModelState.AddModelError(field, message);
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Organisations = await db.Organisations.OrderBy(o => o.Name).ToListAsync(cancellationToken);
}
