using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Returns;
using Oversight.Core.Spreadsheets;
using Oversight.Domain;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Returns;

/// Downloads of the returns the office sends its funders, generated from the records.
[Authorize(Policy = Policies.Funding)]
public sealed class IndexModel(GrantReturns returns, TimeProvider clock) : FormPageModel
{
    public IReadOnlyList<int> Years { get; private set; } = [];

    public void OnGet()
    {
        var current = FinancialYear.StartYearOf(UkTime.Today(clock));
        Years = Enumerable.Range(0, 4).Select(i => current - i).ToList();
    }

    public async Task<IActionResult> OnGetImmediateJusticeAsync(int year, CancellationToken cancellationToken)
    {
        var sheet = await returns.ImmediateJusticeAsync(year, cancellationToken);
        return File(SpreadsheetWriter.Xlsx([sheet]), SpreadsheetWriter.XlsxType, $"immediate-justice-return-{FinancialYear.Name(year)}.xlsx");
    }

    public async Task<IActionResult> OnGetVictimsGrantAsync(int year, CancellationToken cancellationToken)
    {
        var sheet = await returns.VictimsGrantAsync(FinancialYear.Name(year), Victims.IndexModel.Source, cancellationToken);
        return File(SpreadsheetWriter.Xlsx([sheet]), SpreadsheetWriter.XlsxType, $"victims-grant-return-{FinancialYear.Name(year)}.xlsx");
    }
}
