using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Data;
using Oversight.Core.VictimsCode;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.VictimsCode;

/// One quarter's review: what the group found and its actions (owner, due date, status), with a form to add one.
[Authorize(Policy = Policies.Accountability)]
public sealed class ReviewModel(CurrentUser current, VictimsCodeCompliance compliance, OversightDbContext db) : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? OwnerOrganisationId { get; set; }

    [BindProperty]
    public string? OwnerPerson { get; set; }

    [BindProperty]
    public DateParts Due { get; set; } = new();

    public ReviewView Review { get; private set; } = null!;

    public IReadOnlyList<Choice> Organisations { get; private set; } = [];

    public string OrganisationName(string id) => Organisations.FirstOrDefault(o => o.Value == id)?.Label ?? id;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (!Due.TryRead("the date the action is due", out var due, out var error))
        {
            var (errors, _) = await compliance.CheckActionAsync(new ActionDetails(Description, OwnerOrganisationId, OwnerPerson, default, null, null), cancellationToken);
            AddErrors([.. errors, new("Due", error!)]);
            return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
        }

        var saved = await compliance.AddActionAsync(id, new ActionDetails(Description, OwnerOrganisationId, OwnerPerson, due, null, null), cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/accountability/victims-code/reviews/{id}");
        }

        AddErrors(saved.Errors);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await compliance.FindReviewAsync(id, cancellationToken) is not { } review)
        {
            return false;
        }

        Review = review;
        Organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name, null)).ToListAsync(cancellationToken);
        return true;
    }
}
