using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Coding;
using Oversight.Domain.Engagement;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Engagement.Coding;

/// One free-text answer at a time: tick its themes and save. In check mode a second coder codes answers someone
/// else has already coded, without seeing their codes, for the agreement (κ) on the summary page.
[Authorize(Policy = Policies.Engagement)]
public sealed class NextModel(Oversight.Core.Engagement.Consultations consultations, FreeTextCoding coding, OversightDbContext db, IAuditActor actor, TimeProvider clock) : FormPageModel
{
    [BindProperty(SupportsGet = true)]
    public bool Check { get; set; }

    [BindProperty]
    public Guid RespondentId { get; set; }

    [BindProperty]
    public List<string> Themes { get; set; } = [];

    [BindProperty]
    public bool Approve { get; set; }

    public Consultation Consultation { get; private set; } = null!;

    public ConsultationQuestion Question { get; private set; } = null!;

    public IReadOnlyList<CodebookTheme> Codebook { get; private set; } = [];

    public CodedAnswer? Answer { get; private set; }

    public int Remaining { get; private set; }

    public bool Saved { get; private set; }

    private string Coder => User.Identity?.Name ?? "unknown";

    public async Task<IActionResult> OnGetAsync(string slug, string key, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(slug, key, cancellationToken))
        {
            return NotFound();
        }

        // Free text can hold what a respondent chose to say about themselves, so reading it is recorded.
        if (Answer is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(Respondent), Answer.RespondentId.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string key, CancellationToken cancellationToken)
    {
        if (!await OpenAsync(slug, key, cancellationToken))
        {
            return NotFound();
        }

        if (!await coding.CodeAsync(Consultation.Id, RespondentId, key, Themes, Coder, Check, cancellationToken))
        {
            return BadRequest();
        }

        if (!Check)
        {
            await coding.SetApprovedAsync(Consultation.Id, RespondentId, key, Approve, Coder, cancellationToken);
        }

        return Redirect($"/engagement/consultations/{slug}/coding/{key}/next{(Check ? "?check=true" : "")}");
    }

    private async Task<bool> OpenAsync(string slug, string key, CancellationToken cancellationToken)
    {
        var consultation = await consultations.FindAsync(slug, cancellationToken);
        var question = consultation?.Questions.SingleOrDefault(q => q.Key == key && q.Kind == QuestionKind.FreeText);
        if (question is null)
        {
            return false;
        }

        Consultation = consultation!;
        Question = question;
        Codebook = await coding.CodebookAsync(consultation!.Id, cancellationToken);
        var answers = await coding.AnswersAsync(consultation.Id, key, uncodedOnly: false, int.MaxValue, cancellationToken);
        var waiting = answers.Where(a => Check ? a.Themes is not null && a.CheckThemes is null && a.FirstCoder != Coder : a.Themes is null).ToList();
        Answer = waiting.FirstOrDefault();
        Remaining = waiting.Count;
        return true;
    }
}
