using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Justice;
using Oversight.Domain.Justice;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Justice.Referrals;

[Authorize(Policy = Policies.Custody)]
public sealed class NewModel(Core.Justice.Referrals referrals) : ReferralFormModel
{
    [BindProperty] public string? Age { get; set; }
    [BindProperty] public string? Sex { get; set; }
    [BindProperty] public string? OffenceType { get; set; }
    [BindProperty] public string? District { get; set; }
    [BindProperty] public string? Disposal { get; set; }
    [BindProperty] public List<string> Activities { get; set; } = [];
    [BindProperty] public DateParts DisposedOn { get; set; } = new();
    [BindProperty] public string? DisposedTime { get; set; }
    [BindProperty] public DateParts StartedOn { get; set; } = new();
    [BindProperty] public string? StartedTime { get; set; }
    [BindProperty] public string? HoursCompleted { get; set; }
    [BindProperty] public List<string> Victim { get; set; } = [];
    [BindProperty] public string? Outcome { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var age = Number(nameof(Age), Age, "Enter the person's age in whole years, like 16", true);
        if (!Choices.TryRead<Core.Justice.Sex>(Sex, out var sex) || sex is null)
        {
            ModelState.AddModelError(nameof(Sex), "Select the person's sex");
        }

        if (!Choices.TryRead<Disposal>(Disposal, out var disposal) || disposal is null)
        {
            ModelState.AddModelError(nameof(Disposal), "Select the disposal");
        }

        var disposedAt = Instant(nameof(DisposedOn), DisposedOn, DisposedTime, "the date of the disposal", true);
        var startedAt = Instant(nameof(StartedOn), StartedOn, StartedTime, "the date the work started", false);
        var hours = Number(nameof(HoursCompleted), HoursCompleted, "Enter hours completed as a whole number, like 7", false) ?? 0;
        var outcome = ModelState.ReadChoice<ReferralOutcome>(nameof(Outcome), Outcome);
        var details = new ReferralDetails(age ?? 18, sex ?? default, OffenceType, District, disposal ?? default, Activities.Contains("unpaid-work"), Activities.Contains("asb-course"),
            disposedAt ?? default, startedAt, hours, Victim.Contains("consulted"), Victim.Contains("restorative"), outcome);
        var errors = Core.Justice.Referrals.Check(details).Where(e => age is not null || e.Field != nameof(Age)).ToList();
        if (ModelState.ErrorCount == 0 && errors.Count == 0)
        {
            var (_, saveErrors) = await referrals.RecordAsync(details, cancellationToken);
            errors.AddRange(saveErrors);
            if (errors.Count == 0)
            {
                return Redirect("/justice");
            }
        }

        ModelState.AddErrors(errors, field => field switch { "StartedAt" => nameof(StartedOn), "UnpaidWork" => nameof(Activities), _ => field });

        return Page();
    }
}
