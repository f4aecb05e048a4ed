using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Engagement;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Report;

/// A figure's current value by its reference key, as JSON, for reports that cite it.
[Authorize(Policy = Policies.Engagement)]
public sealed class FigureModel(FigureReferences figures) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken) =>
        await figures.ResolveAsync(key, cancellationToken) is { } figure
            ? new JsonResult(new
            {
                figure.Key,
                figure.Consultation,
                figure.Question,
                figure.Answer,
                figure.Share.Count,
                figure.Share.Base,
                figure.Share.Value,
                figure.Share.Lower,
                figure.Share.Upper,
                figure.Link,
            })
            : NotFound();
}
