using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core;
using Oversight.Core.Accountability.Bodies;
using Oversight.Core.Accountability.Meetings;
using Oversight.Core.Uploads;
using Oversight.Web.Forms;
using Oversight.Web.Security;
using Oversight.Web.Uploads;

namespace Oversight.Web.Pages.Accountability.Bodies;

/// A body as staff see it: every member's name (the public page shows only those published), its terms of
/// reference, its meetings and how many confirmed subscribers it has.
[Authorize(Policy = Policies.Accountability)]
[UploadLimit(UploadKind.MeetingPaper)]
public sealed class DetailsModel(
    CurrentUser current, Core.Accountability.Bodies.Bodies bodies, Core.Accountability.Meetings.Meetings meetings, BodySubscriptions subscriptions)
    : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? MemberName { get; set; }

    [BindProperty]
    public string? MemberKind { get; set; }

    [BindProperty]
    public string? MemberOrganisation { get; set; }

    [BindProperty]
    public string? MemberRole { get; set; }

    [BindProperty]
    public DateParts TermStart { get; set; } = new();

    [BindProperty]
    public DateParts TermEnd { get; set; } = new();

    [BindProperty]
    public string? PublishName { get; set; }

    [BindProperty]
    public Guid? MemberId { get; set; }

    [BindProperty]
    public IFormFile? TermsFile { get; set; }

    public Body Body { get; private set; } = null!;

    public IReadOnlyList<Meeting> Meetings { get; private set; } = [];

    public int Subscribers { get; private set; }

    public async Task<IActionResult> OnGetAsync(string key, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
    }

    public Task<IActionResult> OnPostMemberAsync(string key, CancellationToken cancellationToken) =>
        ChangeAsync(key, async () =>
        {
            var start = ReadOptionalDate(TermStart, "TermStart", "the start of the term");
            var end = ReadOptionalDate(TermEnd, "TermEnd", "the end of the term");
            if (!ModelState.IsValid)
            {
                return Saved.Invalid([]);
            }

            return await bodies.AddMemberAsync(key, new MemberDetails(MemberName, MemberKind == "organisation", MemberOrganisation, MemberRole, start, end, PublishName == "yes"), cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(string key, CancellationToken cancellationToken) =>
        ChangeAsync(key, () => MemberId is { } id ? bodies.RemoveMemberAsync(key, id, cancellationToken) : Task.FromResult(Saved.Missing), cancellationToken);

    public Task<IActionResult> OnPostTermsAsync(string key, CancellationToken cancellationToken) =>
        ChangeAsync(key, async () =>
        {
            var file = await this.ReadUploadAsync(TermsFile, nameof(TermsFile), cancellationToken);
            if (ModelState[nameof(TermsFile)]?.Errors is [{ ErrorMessage: var tooLarge }, ..])
            {
                ModelState.Remove(nameof(TermsFile));
                return Saved.Invalid(nameof(TermsFile), tooLarge);
            }

            return await bodies.SaveTermsOfReferenceAsync(key, file?.Name, file?.Content, cancellationToken);
        }, cancellationToken);

    private DateOnly? ReadOptionalDate(DateParts parts, string field, string what)
    {
        if (string.IsNullOrWhiteSpace(parts.Day) && string.IsNullOrWhiteSpace(parts.Month) && string.IsNullOrWhiteSpace(parts.Year))
        {
            return null;
        }

        if (parts.TryRead(what, out var date, out var error))
        {
            return date;
        }

        ModelState.AddModelError(field, error!);
        return null;
    }

    private async Task<IActionResult> ChangeAsync(string key, Func<Task<Saved>> change, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var saved = await change();
        if (saved.NotFound)
        {
            return NotFound();
        }

        if (saved.Succeeded)
        {
            return Redirect($"/accountability/bodies/{key}");
        }

        AddErrors(saved.Errors);
        return await LoadAsync(key, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string key, CancellationToken cancellationToken)
    {
        if (await bodies.FindAsync(key, cancellationToken) is not { } body)
        {
            return false;
        }

        Body = body;
        Meetings = await meetings.OfBodyAsync(key, cancellationToken);
        Subscribers = await subscriptions.ConfirmedCountAsync(body.Id, cancellationToken);
        return true;
    }
}
