using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies;

[Authorize(Policy = Policies.Accountability)]
public sealed class NewModel(CurrentUser current, Core.Accountability.Bodies.Bodies service) : BodyFormModel(current, service)
{
    public override string Heading => "Add a body";

    public override string Back => "/accountability/bodies";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await RefuseReaderAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var saved = await Bodies.CreateAsync(Read(), cancellationToken);
        if (saved.Succeeded)
        {
            var key = (await Bodies.ListAsync(cancellationToken)).Single(b => b.Id == saved.Id).Key;
            return Redirect($"/accountability/bodies/{key}");
        }

        ModelState.AddErrors(saved.Errors);
        return Page();
    }
}
