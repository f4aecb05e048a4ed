using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Oversight.Core.Funding.OpenData;
using Oversight.Domain;

namespace Oversight.Web.Pages.Funding.OpenData;

[AllowAnonymous]
[Oversight.Web.Publishing.Published]
public sealed class DownloadModel(ThreeSixtyGiving exporter) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string year, string format, CancellationToken cancellationToken)
    {
        if (FinancialYear.Parse(year) is null || !ThreeSixtyGiving.TryFormat(format, out var chosen) || format.Any(char.IsUpper))
        {
            return NotFound();
        }

        var file = await exporter.ExportAsync(year, chosen, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, file.FileName);
    }
}
