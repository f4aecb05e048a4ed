using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Casework.Letters;
using Oversight.Core.Data;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Casework.Letters;

[Authorize(Policy = Policies.Casework)]
public sealed class EditModel(OversightDbContext db, IAuditActor actor, TimeProvider clock) : FormPageModel
{
    public LetterKind Kind { get; private set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Body { get; set; }

    public async Task<IActionResult> OnGetAsync(string kind, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, cancellationToken) is not { } template)
        {
            return NotFound();
        }

        Subject = template.Subject;
        Body = template.Body;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string kind, CancellationToken cancellationToken)
    {
        if (await FindAsync(kind, cancellationToken) is not { } template)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(Subject))
        {
            ModelState.AddModelError(nameof(Subject), "Enter the subject");
        }

        if (string.IsNullOrWhiteSpace(Body))
        {
            ModelState.AddModelError(nameof(Body), "Enter the letter");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        template.Subject = Subject!.Trim();
        template.Body = Body!.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        template.UpdatedAt = clock.GetUtcNow();
        template.UpdatedBy = actor.Name;
        await db.SaveChangesAsync(cancellationToken);
        return Redirect("/casework/letter-templates");
    }

    private async Task<LetterTemplate?> FindAsync(string kind, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<LetterKind>(kind, out var letterKind))
        {
            return null;
        }

        Kind = letterKind;
        return await db.LetterTemplates.SingleOrDefaultAsync(t => t.Kind == letterKind, cancellationToken);
    }
}
