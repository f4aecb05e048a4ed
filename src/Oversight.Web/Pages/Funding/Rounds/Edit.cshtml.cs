using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Rounds;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Rounds;

[Authorize(Policy = Policies.Funding)]
public sealed class EditModel(RoundAdministration administration, FundingRounds rounds) : RoundFormModel(administration)
{
    public FundingRound Round { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Fill(Round);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        // A locked form has no strand rows, so posts no rules; a post that has them is refused by the service.
        var (input, dateErrors) = Read(withRules: Request.Form.ContainsKey("StrandName[0]"));
        var errors = await Administration.UpdateAsync(id, input, dateErrors, cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect($"/funding/rounds/{id}");
        }

        ModelState.AddErrors(errors);
        if (RulesLocked)
        {
            FillRules(Round);
        }

        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var round = await rounds.FindAsync(id, cancellationToken);
        if (round is null)
        {
            return false;
        }

        Round = round;
        Submitted = await Administration.SubmittedCountAsync(id, cancellationToken);
        LoadChoices(round);
        return true;
    }
}
