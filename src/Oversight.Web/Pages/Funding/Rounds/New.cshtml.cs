using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Rounds;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Rounds;

[Authorize(Policy = Policies.Funding)]
public sealed class NewModel(RoundAdministration administration, FundingRounds rounds) : RoundFormModel(administration)
{
    public string? CopiedFrom { get; private set; }

    /// Starts from the latest round's rules, which most rounds keep.
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var latest = (await rounds.ListAsync(cancellationToken)).FirstOrDefault();
        var full = latest is null ? null : await rounds.FindAsync(latest.Id, cancellationToken);
        if (full is not null)
        {
            FillRules(full);
            EligibleTypes = [.. full.EligibleTypes];
            CopiedFrom = full.Name;
        }

        LoadChoices(full);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (input, dateErrors) = Read(withRules: true);
        var (id, errors) = await Administration.CreateAsync(input, dateErrors, cancellationToken);
        if (id is not null)
        {
            return Redirect($"/funding/rounds/{id}");
        }

        ModelState.AddErrors(errors);
        LoadChoices(null);
        return Page();
    }
}
