using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Custody.Visiting;
using Oversight.Domain;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Custody.Rota;

[Authorize(Policy = Policies.Custody)]
public sealed class IndexModel(Core.Custody.Visiting.Rota rota, TimeProvider clock) : FormPageModel
{
    [FromQuery(Name = "month")]
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public DateOnly MonthStart { get; private set; }

    public IReadOnlyList<RotaLine> Lines { get; private set; } = [];

    public IReadOnlyList<SuiteCoverage> Coverage { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        MonthStart = Parse();
        // Real randomness, so nobody at a suite can work out when the next visit will be.
        var errors = await rota.PlanAsync(MonthStart, RandomNumberGenerator.GetInt32(int.MaxValue), cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect($"/custody/rota?month={MonthStart:yyyy-MM}");
        }

        // The rota's problems are about the month as a whole, so they head the page rather than sit by a field.
        ModelState.AddErrors(errors, _ => "");

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        MonthStart = Parse();
        Lines = await rota.ForMonthAsync(MonthStart, cancellationToken);
        Coverage = await rota.CoverageAsync(MonthStart, cancellationToken);
    }

    private DateOnly Parse()
    {
        if (DateOnly.TryParseExact(Month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return start;
        }

        var today = UkTime.Today(clock);
        return new DateOnly(today.Year, today.Month, 1);
    }
}
