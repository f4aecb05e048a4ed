using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Funding.Rounds;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Rounds;

[Authorize(Policy = Policies.Funding)]
public sealed class PanelModel(FundingRounds rounds, Assessments assessments) : FormPageModel
{
    public FundingRound Round { get; private set; } = null!;

    public IReadOnlyList<PanelLine> Lines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var round = await rounds.FindAsync(id, cancellationToken);
        if (round is null)
        {
            return NotFound();
        }

        Round = round;
        Lines = await assessments.PanelAsync(id, cancellationToken);
        return Page();
    }
}
