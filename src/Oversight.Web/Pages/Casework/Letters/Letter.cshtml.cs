using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Casework.Letters;
using Oversight.Domain.Plan;
using Oversight.Web.Casework;
using Oversight.Web.Components;
using Oversight.Web.Documents;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Letters;

/// One letter on a case's file, whichever case it belongs to: read it, download it as a PDF, record that it was sent.
[Authorize(Policy = Policies.Casework)]
public sealed class LetterModel(CaseLetters letters, DocumentRenderer renderer, PoliceAndCrimePlan plan) : FormPageModel
{
    public static IReadOnlyList<Choice> Channels { get; } =
        Enum.GetValues<LetterChannel>().Select(c => new Choice(c.ToString(), LetterText.Channel(c))).ToList();

    public CaseLetter Letter { get; private set; } = null!;

    [BindProperty]
    public DateParts SentOn { get; set; } = new();

    [BindProperty]
    public string? SentBy { get; set; }

    /// The case the letter belongs to.
    public string CaseUrl => Letter.ReviewId is { } review ? $"/casework/reviews/{review}" : $"/casework/asb/{Letter.AsbAppealId}";

    public async Task<IActionResult> OnGetAsync(Guid letterId, CancellationToken cancellationToken)
    {
        if (await letters.OpenAsync(letterId, cancellationToken) is not { } letter)
        {
            return NotFound();
        }

        Letter = letter;
        SentOn = CaseworkForm.Parts(letter.SentOn ?? letters.Today);
        SentBy = letter.SentBy?.ToString();
        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(Guid letterId, CancellationToken cancellationToken)
    {
        if (await letters.OpenAsync(letterId, cancellationToken) is not { } letter)
        {
            return NotFound();
        }

        var file = await CaseLetterDocument.RenderAsync(renderer, plan.LetterheadOrName, letter, pdf: true, cancellationToken);
        return File(file.Content, file.ContentType, file.FileName);
    }

    public async Task<IActionResult> OnPostSentAsync(Guid letterId, CancellationToken cancellationToken)
    {
        var sentOn = CaseworkForm.Required(ModelState, nameof(SentOn), SentOn, "the date the letter was sent");
        LetterChannel? channel = Enum.TryParse<LetterChannel>(SentBy, out var c) && Enum.IsDefined(c) ? c : null;
        if (ModelState.IsValid)
        {
            var saved = await letters.MarkSentAsync(letterId, sentOn, channel, cancellationToken);
            if (saved.NotFound)
            {
                return NotFound();
            }

            if (saved.Succeeded)
            {
                return Redirect($"/casework/letters/{letterId}");
            }

            ModelState.AddErrors(saved.Errors);
        }
        else if (channel is null)
        {
            ModelState.AddModelError(nameof(SentBy), "Select how the letter was sent");
        }

        if (await letters.OpenAsync(letterId, cancellationToken) is not { } letter)
        {
            return NotFound();
        }

        Letter = letter;
        return Page();
    }
}
