using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accounts;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Domain.Decisions;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administration)]
public sealed class DetailsModel(OversightDbContext db, IAuditActor actor, TimeProvider clock, UserAccounts accounts, SchemeOfDelegation scheme) : FormPageModel
{
    [BindProperty]
    public List<string> Posts { get; set; } = [];

    public SchemeOfDelegation Scheme => scheme;

    public Account Account { get; private set; } = null!;

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var account = await db.Users.Where(u => u.Id == id)
            .Select(u => new Account(u.Id, u.DisplayName, u.Email ?? "", u.Organisation!.Name, u.LockoutEnd, u.Posts))
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        Account = account;
        Posts = account.Posts;
        Roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == id select r.Name ?? "")
            .ToListAsync(cancellationToken);

        // An account holds personal data, so reading it is recorded like a change.
        AuditTrail.RecordView(db, actor, clock, "User", id);
        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }

    /// Sets the posts the user holds (the Mayor, the grants manager…), which decide what they may sign.
    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        var saved = await accounts.SetPostsAsync(id, Posts, cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (!saved.Succeeded)
        {
            ModelState.AddErrors(saved.Errors);
            var posts = Posts;
            var page = await OnGetAsync(id, cancellationToken);
            Posts = posts;
            return page;
        }

        return Redirect($"/admin/users/{id}");
    }
}

public sealed record Account(string Id, string DisplayName, string Email, string Organisation, DateTimeOffset? LockoutEnd, List<string> Posts);
