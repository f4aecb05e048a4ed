using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies;

[Authorize(Policy = Policies.Accountability)]
public sealed class EditModel(CurrentUser current, Core.Accountability.Bodies.Bodies service) : BodyFormModel(current, service)
{
    public override string Heading => "Change the body's details";

    public override string Back => $"/accountability/bodies/{RouteData.Values["key"]}";

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await Bodies.FindAsync(key, cancellationToken) is not { } body)
        {
            return NotFound();
        }

        Fill(body);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string key, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var saved = await Bodies.UpdateAsync(key, Read(), cancellationToken);
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/accountability/bodies/{key}");
        }

        ModelState.AddErrors(saved.Errors);
        return Page();
    }
}
