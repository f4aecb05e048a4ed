using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Victims;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Victims;

/// Commissioning staff enter a provider's quarterly return as it arrives.
[Authorize(Policy = Policies.Funding)]
public sealed class ReturnModel(CurrentUser current, VictimCommissioning commissioning, VictimReturns returns) : FormPageModel
{
    [BindProperty]
    public string? Period { get; set; }

    public Dictionary<string, string?> Figures { get; private set; } = [];

    public VictimServiceContract Contract { get; private set; } = null!;

    public IReadOnlyList<string> SentAlready { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Figures = ReturnFigures.All.ToDictionary(f => f.Field, f => (string?)Request.Form[f.Field].ToString(), StringComparer.Ordinal);
        var me = await current.GetAsync(cancellationToken);
        var errors = await returns.SubmitAsync(id, new VictimReturnInput(Period, Figures), me.Name, cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect($"/funding/victims/contracts/{id}");
        }

        ModelState.AddErrors(errors);
        return Page();
    }

    public string? Figure(string field) => Figures.GetValueOrDefault(field);

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await commissioning.FindContractAsync(id, cancellationToken) is not { } contract)
        {
            return false;
        }

        Contract = contract;
        SentAlready = [.. (await returns.ForContractAsync(id, cancellationToken)).Where(r => r.SupersededAt is null).Select(r => r.Period)];
        return true;
    }
}
