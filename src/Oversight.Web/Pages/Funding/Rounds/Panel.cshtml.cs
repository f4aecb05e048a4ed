using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Funding.Rounds;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Rounds;

[Authorize(Policy = Policies.Funding)]
public sealed class PanelModel(CurrentUser current, FundingRounds rounds, Assessments assessments, ConflictsOfInterest conflicts) : FormPageModel
{
    public FundingRound Round { get; private set; } = null!;

    public IReadOnlyList<PanelLine> Lines { get; private set; } = [];

    /// Bids this person declared a conflict with (or has yet to declare on): listed without their details.
    public IReadOnlySet<Guid> Barred { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var round = await rounds.FindAsync(id, cancellationToken);
        if (round is null)
        {
            return NotFound();
        }

        Round = round;
        Lines = await assessments.PanelAsync(id, cancellationToken);
        Barred = await conflicts.BarredAsync((await current.GetAsync(cancellationToken)).Id, cancellationToken);
        return Page();
    }
}
