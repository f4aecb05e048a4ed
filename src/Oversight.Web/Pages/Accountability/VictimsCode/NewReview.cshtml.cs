using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.VictimsCode;
using Oversight.Web.Components;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.VictimsCode;

/// Records the Victims and Witnesses group's review of a quarter's compliance at one of its meetings.
[Authorize(Policy = Policies.Accountability)]
public sealed class NewReviewModel(CurrentUser current, VictimsCodeCompliance compliance) : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? Quarter { get; set; }

    [BindProperty]
    public Guid? MeetingId { get; set; }

    [BindProperty]
    public string? Findings { get; set; }

    public IReadOnlyList<Choice> Quarters { get; private set; } = [];

    public IReadOnlyList<Choice> Meetings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var saved = await compliance.RecordReviewAsync(Quarter, MeetingId, Findings, Me.Name, cancellationToken);
        if (saved.Id is { } id)
        {
            return Redirect($"/accountability/victims-code/reviews/{id}");
        }

        AddErrors(saved.Errors);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        Quarters = Choice.Of(await compliance.QuartersAsync(cancellationToken));
        Meetings = [.. (await compliance.GroupMeetingsAsync(cancellationToken)).Select(m => new Choice(m.Id.ToString(), $"{m.Date.ToString("d MMMM yyyy", culture)}: {m.Title}"))];
    }
}
