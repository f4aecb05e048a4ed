using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Justice;
using Oversight.Domain;
using Oversight.Web.Custody;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Justice.Referrals;

/// A referral's details, and its progress as Probation or the Youth Justice Service report it.
[Authorize(Policy = Policies.Custody)]
public sealed class DetailsModel(Core.Justice.Referrals referrals) : ReferralFormModel
{
    [FromRoute] public Guid Id { get; set; }
    [BindProperty] public DateParts StartedOn { get; set; } = new();
    [BindProperty] public string? StartedTime { get; set; }
    [BindProperty] public string? HoursCompleted { get; set; }
    [BindProperty] public string? Outcome { get; set; }

    public JusticeReferral Referral { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await referrals.OpenAsync(Id, cancellationToken) is not { } referral)
        {
            return NotFound();
        }

        Referral = referral;
        if (referral.StartedAt is { } started)
        {
            var local = UkTime.ToLocal(started);
            StartedOn = DateParts.From(DateOnly.FromDateTime(local));
            StartedTime = local.ToString("HH:mm", CustodyText.Culture);
        }

        HoursCompleted = referral.HoursCompleted.ToString(CustodyText.Culture);
        Outcome = referral.Outcome?.ToString() ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var startedAt = Instant(nameof(StartedOn), StartedOn, StartedTime, "the date the work started", false);
        var hours = Number(nameof(HoursCompleted), HoursCompleted, "Enter hours completed as a whole number, like 7", false) ?? 0;
        var outcome = ModelState.ReadChoice<ReferralOutcome>(nameof(Outcome), Outcome);
        // A field the page could not read saves nothing: the form comes back with that field's error.
        var saved = ModelState.ErrorCount > 0 ? null : await referrals.UpdateAsync(Id, new(startedAt, hours, outcome), cancellationToken);
        if (saved is { NotFound: true })
        {
            return NotFound();
        }

        if (saved is { Succeeded: true })
        {
            return Redirect("/justice");
        }

        ModelState.AddErrors(saved?.Errors ?? [], field => field == "StartedAt" ? nameof(StartedOn) : field);

        if (await referrals.OpenAsync(Id, cancellationToken) is not { } referral)
        {
            return NotFound();
        }

        Referral = referral;
        return Page();
    }
}
