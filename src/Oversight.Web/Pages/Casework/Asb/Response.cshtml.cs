using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Asb;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Asb;

[Authorize(Policy = Policies.Casework)]
public sealed class ResponseModel(AsbAppeals appeals) : FormPageModel
{
    public AsbAppeal Appeal { get; private set; } = null!;

    public AsbRecommendation Recommendation { get; private set; } = null!;

    [BindProperty]
    public string? Accepted { get; set; }

    [BindProperty]
    public string? PartnershipAnswer { get; set; }

    [BindProperty]
    public DateParts RespondedOn { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, Guid recommendationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, recommendationId, cancellationToken))
        {
            return NotFound();
        }

        Accepted = Choices.YesNoValue(Recommendation.Accepted);
        PartnershipAnswer = Recommendation.Response;
        RespondedOn = CaseworkForm.Parts(Recommendation.RespondedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid recommendationId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, recommendationId, cancellationToken))
        {
            return NotFound();
        }

        var respondedOn = CaseworkForm.Optional(ModelState, nameof(RespondedOn), RespondedOn, "the date the partnership responded");
        var accepted = ModelState.ReadYesNo(nameof(Accepted), Accepted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await appeals.RecordResponseAsync(id, recommendationId, new PartnershipResponse(accepted, PartnershipAnswer, respondedOn), cancellationToken);
        ModelState.AddErrors(saved.Errors.Select(e => e.Field == "Response" ? e with { Field = nameof(PartnershipAnswer) } : e));
        return saved.Succeeded ? Redirect($"/casework/asb/{id}") : Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid recommendationId, CancellationToken cancellationToken)
    {
        if (await appeals.FindAsync(id, cancellationToken) is not { } appeal || appeal.Recommendations.SingleOrDefault(r => r.Id == recommendationId) is not { } recommendation)
        {
            return false;
        }

        (Appeal, Recommendation) = (appeal, recommendation);
        return true;
    }
}
