using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core;
using Oversight.Core.Accountability.Actions;
using Oversight.Core.Accountability.Spr;
using Oversight.Web.Components;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Spr;

[Authorize(Policy = Policies.Accountability)]
public sealed class ThreatModel(CurrentUser current, SprAssurance spr, Core.Accountability.Meetings.Meetings meetings, MeetingActions actions)
    : AccountabilityPageModel(current)
{
    [BindProperty]
    public DateParts Date { get; set; } = new();

    [BindProperty]
    public string? Assurance { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public Guid? MeetingId { get; set; }

    [BindProperty]
    public Guid? ActionId { get; set; }

    public ThreatAssurance Threat { get; private set; } = null!;

    public IReadOnlyList<Choice> Levels =>
        [new("", "Select the level", null), .. Enum.GetValues<AssuranceLevel>().Select(l => new Choice(l.ToString(), SprWords.Level(l), null))];

    public IReadOnlyList<Choice> MeetingChoices { get; private set; } = [];

    public IReadOnlyList<Choice> ActionChoices { get; private set; } = [];

    public string MeetingName(Guid? id) => MeetingChoices.FirstOrDefault(c => c.Value == id?.ToString())?.Label ?? "";

    public async Task<IActionResult> OnGetAsync(string threat, CancellationToken cancellationToken)
    {
        await LoadMeAsync(cancellationToken);
        return await LoadAsync(threat, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(string threat, CancellationToken cancellationToken)
    {
        if (await RefuseReaderAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (SprThreat.Find(threat) is null)
        {
            return NotFound();
        }

        var dateRead = Date.TryRead("the date of the update", out var date, out var dateError);
        var saved = dateRead
            ? await spr.AddAsync(threat, new SprUpdateDetails(date, Assurance, Summary, Me.Name, MeetingId, ActionId), cancellationToken)
            : Saved.Invalid("Date", dateError!);
        if (saved.Succeeded)
        {
            return Redirect($"/accountability/spr/{threat}");
        }

        AddErrors(saved.Errors);
        await LoadAsync(threat, cancellationToken);
        return Page();
    }

    // Long options would stretch the select past a phone's width.
    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";

    private async Task<bool> LoadAsync(string threat, CancellationToken cancellationToken)
    {
        if ((await spr.AllAsync(cancellationToken)).FirstOrDefault(t => t.Threat.Id == threat) is not { } found)
        {
            return false;
        }

        Threat = found;
        var culture = CultureInfo.GetCultureInfo("en-GB");
        MeetingChoices =
        [
            new("", "Not linked to a meeting", null),
            .. (await meetings.ListAsync(null, cancellationToken)).Select(m => new Choice(m.Id.ToString(), $"{m.Date.ToString("d MMM yyyy", culture)} – {Short(m.Title)}", null)),
        ];
        ActionChoices =
        [
            new("", "Not linked to an action", null),
            .. (await actions.OutstandingAsync(cancellationToken)).Select(a => new Choice(a.Id.ToString(), $"{a.Reference} – {Short(a.Description)}", null)),
        ];
        return true;
    }
}
