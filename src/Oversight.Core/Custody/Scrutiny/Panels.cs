using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Documents;
using Oversight.Domain;

namespace Oversight.Core.Custody.Scrutiny;

/// A panel's cases judged, by ethnicity: the only place a blind panel's cases meet their ethnicity.
public sealed record EthnicityAssessments(string Ethnicity, int Cases, int Inappropriate);

/// A case as the panel reviews it: no ethnicity.
public sealed record PanelCaseView(Guid Id, string PanelId, string PanelName, DateOnly HeldOn, string Reference, string Topic, string Summary,
    CaseAssessment? Assessment, string? Observations);

public sealed class Panels(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    public Task<List<ScrutinyPanel>> ListAsync(CancellationToken cancellationToken) =>
        db.ScrutinyPanels.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);

    public Task<ScrutinyPanel?> FindAsync(string id, CancellationToken cancellationToken) =>
        db.ScrutinyPanels.AsNoTracking().AsSplitQuery()
            .Include(p => p.Members.OrderBy(m => m.Name))
            .Include(p => p.Meetings.OrderByDescending(m => m.HeldOn)).ThenInclude(m => m.Cases.OrderBy(c => c.Reference))
            .Include(p => p.Recommendations.OrderByDescending(r => r.MadeOn))
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// Assessments by ethnicity, with groups under the small-number threshold merged so no case can be singled out.
    public async Task<List<EthnicityAssessments>> AnalysisAsync(string panelId, CancellationToken cancellationToken)
    {
        var rows = await db.PanelCases.Where(c => c.Meeting!.PanelId == panelId && c.Assessment != null)
            .GroupBy(c => c.Ethnicity)
            .Select(g => new EthnicityAssessments(g.Key, g.Count(), g.Count(c => c.Assessment == CaseAssessment.Inappropriate)))
            .ToListAsync(cancellationToken);
        return Merge(rows);
    }

    /// Groups under the small-number threshold are merged into one row, so no case can be singled out.
    public static List<EthnicityAssessments> Merge(IReadOnlyList<EthnicityAssessments> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var shown = rows.Where(r => r.Cases >= SmallCounts.SuppressBelow).OrderByDescending(r => r.Cases).ThenBy(r => r.Ethnicity, StringComparer.Ordinal).ToList();
        var small = rows.Where(r => r.Cases < SmallCounts.SuppressBelow).ToList();
        if (small.Count > 0)
        {
            shown.Add(new EthnicityAssessments("Other groups (each fewer than 5)", small.Sum(r => r.Cases), small.Sum(r => r.Inappropriate)));
        }

        return shown;
    }

    public async Task<PanelCaseView?> OpenCaseAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await (from c in db.PanelCases
                           join p in db.ScrutinyPanels on c.Meeting!.PanelId equals p.Id
                           where c.Id == id
                           select new PanelCaseView(c.Id, p.Id, p.Name, c.Meeting!.HeldOn, c.Reference, c.Topic, c.Summary, c.Assessment, c.Observations))
            .SingleOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(PanelCase), id.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return found;
    }

    public async Task<Saved> AssessAsync(Guid id, CaseAssessment? assessment, string? observations, CancellationToken cancellationToken)
    {
        var found = await db.PanelCases.FindAsync([id], cancellationToken);
        if (found is null)
        {
            return Saved.Missing;
        }

        var text = string.IsNullOrWhiteSpace(observations) ? null : observations.Trim();
        var errors = CheckAssessment(assessment, text, required: true);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        found.Assessment = assessment;
        found.Observations = text;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    /// Observations are needed whenever the panel found fault, so the force knows what to change.
    public static List<FieldError> CheckAssessment(CaseAssessment? assessment, string? observations, bool required)
    {
        var errors = new List<FieldError>();
        if (assessment is null && required)
        {
            errors.Add(new("Assessment", "Select the panel's assessment"));
        }

        if (assessment is CaseAssessment.AppropriateWithObservations or CaseAssessment.Inappropriate && observations is null)
        {
            errors.Add(new("Observations", "Enter the panel's observations"));
        }

        if (observations?.Length > 4000)
        {
            errors.Add(new("Observations", "Observations must be 4,000 characters or fewer"));
        }

        return errors;
    }

    public async Task<Saved> RecordResponseAsync(Guid recommendationId, string? response, DateOnly respondedOn, CancellationToken cancellationToken)
    {
        var recommendation = await db.PanelRecommendations.FindAsync([recommendationId], cancellationToken);
        if (recommendation is null)
        {
            return Saved.Missing;
        }

        if (string.IsNullOrWhiteSpace(response) || response.Trim().Length > 4000)
        {
            return Saved.Invalid("ForceResponse", "Enter the force's response, in 4,000 characters or fewer");
        }

        if (respondedOn < recommendation.MadeOn)
        {
            return Saved.Invalid("RespondedOn", "The response date must be on or after the date of the recommendation");
        }

        recommendation.ForceResponse = response.Trim();
        recommendation.RespondedOn = respondedOn;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(recommendationId);
    }
}
