using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core;
using Oversight.Core.Casework.Enquiries;
using Oversight.Core.Uploads;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Casework.Enquiries;

[Authorize(Policy = Policies.Casework)]
[UploadLimit(UploadKind.CaseAttachment)]
public sealed class DetailsModel(PublicEnquiries enquiries) : FormPageModel
{
    public static readonly IReadOnlyList<Choice> EntryKinds =
    [
        new(nameof(EntryKind.Sent), "A reply we sent", null),
        new(nameof(EntryKind.Received), "A message we received", null),
        new(nameof(EntryKind.Note), "A file note", null),
    ];

    public Enquiry Enquiry { get; private set; } = null!;

    public DateOnly Today => enquiries.Today;

    public Core.Casework.CaseworkOptions Options => enquiries.Options;

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Attachment { get; set; }

    [BindProperty]
    public string? Category { get; set; }

    [BindProperty]
    public string? District { get; set; }

    [BindProperty]
    public string? ForceReference { get; set; }

    [BindProperty]
    public string? Status { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await enquiries.OpenAsync(id, cancellationToken) is not { } enquiry)
        {
            return NotFound();
        }

        Enquiry = enquiry;
        Category ??= enquiry.Category;
        District ??= enquiry.District;
        ForceReference ??= enquiry.ForceReference;
        Status ??= enquiry.Status.ToString();
        return Page();
    }

    public async Task<IActionResult> OnPostAssignToMeAsync(Guid id, CancellationToken cancellationToken) =>
        await enquiries.AssignAsync(id, User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken)
            ? Redirect($"/casework/enquiries/{id}")
            : NotFound();

    public async Task<IActionResult> OnPostEntryAsync(Guid id, CancellationToken cancellationToken)
    {
        var upload = await this.ReadUploadAsync(Attachment, nameof(Attachment), cancellationToken);
        if (HasError(nameof(Attachment)))
        {
            return await OnGetAsync(id, cancellationToken);
        }

        var file = upload is null ? null : new Attachment(upload.Name, FileCheck.ContentType(upload.Name), upload.Content);

        // The radios always post a kind; one no page offers saves nothing rather than a file note.
        if (!Choices.TryRead<EntryKind>(Kind, out var kind) || kind is null)
        {
            ModelState.AddModelError(nameof(Kind), Choices.NotOffered);
            return await OnGetAsync(id, cancellationToken);
        }

        return await Outcome(id, await enquiries.AddEntryAsync(id, kind.Value, Text, file, cancellationToken), cancellationToken);
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!Choices.TryRead<EnquiryStatus>(Status, out var status) || status is null)
        {
            ModelState.AddModelError(nameof(Status), Choices.NotOffered);
            return await OnGetAsync(id, cancellationToken);
        }

        return await Outcome(id, await enquiries.UpdateAsync(id, Category, string.IsNullOrEmpty(District) ? null : District, ForceReference, status.Value, cancellationToken), cancellationToken);
    }

    private async Task<IActionResult> Outcome(Guid id, Saved saved, CancellationToken cancellationToken)
    {
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/casework/enquiries/{id}");
        }

        ModelState.AddErrors(saved.Errors);
        return await OnGetAsync(id, cancellationToken);
    }
}
