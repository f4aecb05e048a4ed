using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Panels;

[Authorize(Policy = Policies.Custody)]
public sealed class NewMemberModel(PanelRecords records) : PanelFormModel(records)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? DeclarationOfInterest { get; set; }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken) =>
        await AfterSaveAsync(id, await Records.AddMemberAsync(id, Name, DeclarationOfInterest, cancellationToken), cancellationToken);
}
