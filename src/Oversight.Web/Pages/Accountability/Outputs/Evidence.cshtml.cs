using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Accountability.Outputs;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Outputs;

/// A value's uploaded evidence, downloaded as it was uploaded.
[Authorize(Policy = Policies.Accountability)]
public sealed class EvidenceModel(ProgrammeOutputs outputs) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, Guid valueId, CancellationToken cancellationToken) =>
        await outputs.FindValueAsync(id, valueId, cancellationToken) is { EvidenceContent: { } content } value
            // N.B. always an attachment, so an uploaded HTML file cannot run in the application's origin.
            ? File(content, "application/octet-stream", value.EvidenceFileName)
            : NotFound();
}
