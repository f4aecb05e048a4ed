using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accountability.Bodies;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies;

/// Deletes a body set up by mistake, after a confirmation. A body that has met, has subscribers, has bodies reporting
/// to it or is named by partnership records is refused with the reason: its history stays.
[Authorize(Policy = Policies.Accountability)]
public sealed class DeleteModel(CurrentUser current, Core.Accountability.Bodies.Bodies bodies) : AccountabilityPageModel(current)
{
    public Body Body { get; private set; } = null!;

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var deleted = await bodies.DeleteAsync(key, cancellationToken);
        if (deleted.NotFound)
        {
            return NotFound();
        }

        if (deleted.Succeeded)
        {
            return Redirect("/accountability/bodies?deleted=1");
        }

        AddErrors(deleted.Errors);
        return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await bodies.FindAsync(key, cancellationToken) is not { } body)
        {
            return false;
        }

        Body = body;
        Refusal = await bodies.DeleteRefusalAsync(key, cancellationToken);
        return true;
    }
}
