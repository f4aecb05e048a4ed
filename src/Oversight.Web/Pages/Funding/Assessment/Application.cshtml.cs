using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Accounts;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Assessment;
using Oversight.Core.Funding.Grants;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Assessment;

[Authorize(Policy = Policies.Funding)]
public sealed class ApplicationModel(CurrentUser current, Assessments assessments, GrantManagement grants) : FormPageModel
{
    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public string? AssessorId { get; set; }

    [BindProperty]
    public string? ModeratedScore { get; set; }

    [BindProperty]
    public string? ModerationNote { get; set; }

    [BindProperty]
    public DecisionKind? Decision { get; set; }

    [BindProperty]
    public string? ReducedAmount { get; set; }

    [BindProperty]
    public string? Reasons { get; set; }

    public FundingApplication Application { get; private set; } = null!;

    public IReadOnlyList<AssessorAssignment> Assignments { get; private set; } = [];

    public IReadOnlyList<User> Assessors { get; private set; } = [];

    public Guid GrantId { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var me = await current.GetAsync(cancellationToken);
        IReadOnlyList<Core.FieldError> errors = Action switch
        {
            "assign" => [.. Optional(await assessments.AssignAsync(id, AssessorId, cancellationToken))],
            "moderate" => [.. Optional(await assessments.ModerateAsync(id, ModeratedScore, ModerationNote, cancellationToken))],
            "decide" => await assessments.DecideAsync(id, Decision, ReducedAmount, Reasons, me.Name, cancellationToken),
            _ => [new("Action", "Choose what to do")],
        };
        if (errors.Count == 0)
        {
            return Redirect($"/funding/applications/{id}");
        }

        ModelState.AddErrors(errors);
        await LoadAsync(id, cancellationToken);
        return Page();
    }

    private static IEnumerable<Core.FieldError> Optional(Core.FieldError? error) => error is null ? [] : [error];

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var application = await assessments.FindAsync(id, cancellationToken);
        if (application is null)
        {
            return false;
        }

        Application = application;
        Assignments = await assessments.AssignmentsAsync(id, cancellationToken);
        Assessors = await assessments.AssessorsAsync(cancellationToken);
        GrantId = application.IsAwarded ? await grants.GrantIdForApplicationAsync(id, cancellationToken) : Guid.Empty;
        return true;
    }
}
