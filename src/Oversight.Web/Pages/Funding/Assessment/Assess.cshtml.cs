using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Funding.Applications;
using Oversight.Core.Funding.Assessment;
using Oversight.Web.Forms;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Funding.Assessment;

/// An assessor's page: the conflict declaration comes first, and the bid is only shown once no conflict is declared.
[Authorize(Policy = Policies.Funding)]
public sealed class AssessModel(CurrentUser current, Assessments assessments, ApplicationDocuments documents) : FormPageModel
{
    [BindProperty]
    public string? Action { get; set; }

    [BindProperty]
    public bool? HasConflict { get; set; }

    [BindProperty]
    public string? ConflictDetails { get; set; }

    public Dictionary<string, string?> Score { get; } = [];

    public Dictionary<string, string?> Comment { get; } = [];

    public FundingApplication Application { get; private set; } = null!;

    public AssessorAssignment Assignment { get; private set; } = null!;

    public IReadOnlyList<ApplicationDocument> Documents { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Assignment.HasConflict == false)
        {
            await assessments.RecordViewAsync(id, cancellationToken);
            Documents = await documents.ListAsync(id, cancellationToken);
            foreach (var mark in Assignment.Marks)
            {
                Score[mark.CriterionCode] = mark.Score.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Comment[mark.CriterionCode] = mark.Comment;
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        if (Action == "declare")
        {
            var declared = await assessments.DeclareAsync(id, me.Id, HasConflict, ConflictDetails, cancellationToken);
            if (declared.Succeeded)
            {
                return Redirect($"/funding/applications/{id}/assess");
            }

            ModelState.AddErrors(declared.Errors);
            return Page();
        }

        foreach (var criterion in Application.Round!.Criteria)
        {
            Score[criterion.Code] = Request.Form["Score-" + criterion.Code].FirstOrDefault();
            Comment[criterion.Code] = Request.Form["Comment-" + criterion.Code].FirstOrDefault();
        }

        var marks = Application.Round.Criteria.Select(c => new MarkInput(c.Code, Score[c.Code], Comment[c.Code])).ToList();
        var errors = await assessments.ScoreAsync(id, me.Id, marks, cancellationToken);
        if (errors.Count == 0)
        {
            return Redirect($"/funding/applications/{id}/assess");
        }

        ModelState.AddErrors(errors);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = await current.GetAsync(cancellationToken);
        var assignment = await assessments.AssignmentAsync(id, me.Id, cancellationToken);
        var application = await assessments.FindAsync(id, cancellationToken);
        if (assignment is null || application is null)
        {
            return false;
        }

        (Assignment, Application) = (assignment, application);
        return true;
    }
}
