using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Core.Lists;
using Oversight.Domain;
using Oversight.Domain.Custody;

namespace Oversight.Core.Custody.Visiting;

public sealed record VisitorApplication(string? Name, DateOnly AppliedOn, IndependenceDeclaration Declaration);

/// How far a visitor has got, as the coordinator records it.
public sealed record VisitorProgress(
    VisitorStage Stage, DateOnly? InterviewedOn, DateOnly? VettingClearedOn, bool ReferencesReceived, DateOnly? TrainingCompletedOn,
    DateOnly? ProbationEndsOn, DateOnly? TermStarts, DateOnly? TermEnds, bool Active, string? AccountEmail);

/// Recruitment and management of custody visitors: application with the independence check, progress to appointment, expenses.
public sealed class Volunteers(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    /// A term of appointment is three years, renewable.
    public const int TermYears = 3;

    /// The list's columns; by name unless asked otherwise.
    public static ListSorts<CustodyVisitor> Sorts { get; } = new ListSorts<CustodyVisitor>()
        .Add("name", v => v.Name)
        // The stage is stored as its name; sort in the order a visitor passes through them, not alphabetically.
        .Add("stage", v => v.Stage == VisitorStage.Applied ? 0 : v.Stage == VisitorStage.Interviewed ? 1 : v.Stage == VisitorStage.Vetted ? 2
            : v.Stage == VisitorStage.Probation ? 3 : v.Stage == VisitorStage.Appointed ? 4 : 5)
        .Add("term", v => v.TermEnds)
        .ThenBy(v => v.Id);

    /// One page of visitors matching the name's words, at a stage, able to visit (true) or not (false), sorted and
    /// paged in the database.
    public Task<ListPage<CustodyVisitor>> SearchAsync(VisitorStage? stage, bool? canVisit, ListRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = db.CustodyVisitors.AsNoTracking();
        if (stage is { } at)
        {
            query = query.Where(v => v.Stage == at);
        }

        // CanVisit's rule, written so the database can test it.
        query = canVisit switch
        {
            true => query.Where(v => v.Active && (v.Stage == VisitorStage.Probation || v.Stage == VisitorStage.Appointed)),
            false => query.Where(v => !(v.Active && (v.Stage == VisitorStage.Probation || v.Stage == VisitorStage.Appointed))),
            null => query,
        };
        return query.Matching(request, v => v.Name).PageAsync(Sorts, request, cancellationToken);
    }

    /// How many visitors may visit now.
    public Task<int> ActiveCountAsync(CancellationToken cancellationToken) =>
        db.CustodyVisitors.CountAsync(v => v.Active && (v.Stage == VisitorStage.Probation || v.Stage == VisitorStage.Appointed), cancellationToken);

    public Task<List<CustodyVisitor>> ActiveAsync(CancellationToken cancellationToken) =>
        db.CustodyVisitors.AsNoTracking()
            .Where(v => v.Active && (v.Stage == VisitorStage.Probation || v.Stage == VisitorStage.Appointed))
            .OrderBy(v => v.Name).ToListAsync(cancellationToken);

    public async Task<CustodyVisitor?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var visitor = await db.CustodyVisitors.AsNoTracking().Include(v => v.Expenses.OrderBy(e => e.IncurredOn))
            .SingleOrDefaultAsync(v => v.Id == id, cancellationToken);
        if (visitor is not null)
        {
            AuditTrail.RecordView(db, actor, clock, nameof(CustodyVisitor), id.ToString());
            await db.SaveChangesAsync(cancellationToken);
        }

        return visitor;
    }

    /// What is wrong with an application, without saving it: for a page whose own fields did not parse, so it can
    /// show every problem at once and save nothing.
    public static IReadOnlyList<FieldError> Check(VisitorApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        var errors = new List<FieldError>();
        var name = application.Name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            errors.Add(new("Name", "Enter the applicant's full name"));
        }
        else if (name.Length > 200)
        {
            errors.Add(new("Name", "The name must be 200 characters or fewer"));
        }

        if (Independence.Refusal(application.Declaration) is { } refusal)
        {
            errors.Add(refusal);
        }

        return errors;
    }

    /// Records an application, refusing anyone who is not independent of the police.
    public async Task<Saved> ApplyAsync(VisitorApplication application, CancellationToken cancellationToken)
    {
        var errors = Check(application);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var visitor = new CustodyVisitor { Name = application.Name!.Trim(), AppliedOn = application.AppliedOn, Stage = VisitorStage.Applied };
        db.CustodyVisitors.Add(visitor);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(visitor.Id);
    }

    /// Records progress, or says the visitor is missing or what is wrong with it.
    public async Task<Saved> UpdateAsync(Guid id, VisitorProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var visitor = await db.CustodyVisitors.FindAsync([id], cancellationToken);
        if (visitor is null)
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        // No appointment without interview, vetting and references (Code of Practice paras 9–12).
        if (progress.Stage >= VisitorStage.Probation && progress.Stage != VisitorStage.Left
            && (progress.InterviewedOn is null || progress.VettingClearedOn is null || !progress.ReferencesReceived))
        {
            errors.Add(new("Stage", "A visitor cannot start probation until interviewed, vetted and with references received"));
        }

        // Appointment follows initial training and a probation that has run its course (Code of Practice para 12).
        if (progress.Stage == VisitorStage.Appointed
            && (progress.TrainingCompletedOn is null || progress.ProbationEndsOn is not { } probationEnds || probationEnds > UkTime.Today(clock)))
        {
            errors.Add(new("Stage", "A visitor cannot be appointed until their initial training is recorded and their probation has ended"));
        }

        if (progress.TermStarts is { } starts && progress.TermEnds is { } ends && ends <= starts)
        {
            errors.Add(new("TermEnds", "The end of the term must be after its start"));
        }

        string? userId = null;
        if (!string.IsNullOrWhiteSpace(progress.AccountEmail))
        {
            var email = progress.AccountEmail.Trim().ToUpperInvariant();
            userId = await db.Users.Where(u => u.NormalizedEmail == email).Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
            if (userId is null)
            {
                errors.Add(new("AccountEmail", "There is no account with that email address"));
            }
            else if (await db.CustodyVisitors.AnyAsync(v => v.UserId == userId && v.Id != id, cancellationToken))
            {
                errors.Add(new("AccountEmail", "That account belongs to another visitor"));
            }
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        visitor.Stage = progress.Stage;
        visitor.InterviewedOn = progress.InterviewedOn;
        visitor.VettingClearedOn = progress.VettingClearedOn;
        visitor.ReferencesReceived = progress.ReferencesReceived;
        visitor.TrainingCompletedOn = progress.TrainingCompletedOn;
        visitor.ProbationEndsOn = progress.ProbationEndsOn;
        visitor.TermStarts = progress.TermStarts;
        visitor.TermEnds = progress.TermEnds ?? progress.TermStarts?.AddYears(TermYears).AddDays(-1);
        visitor.Active = progress.Active && progress.Stage is VisitorStage.Probation or VisitorStage.Appointed;
        visitor.UserId = userId;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    public async Task<Saved> AddExpenseAsync(Guid id, DateOnly incurredOn, string? description, decimal? amount, CancellationToken cancellationToken)
    {
        if (!await db.CustodyVisitors.AnyAsync(v => v.Id == id, cancellationToken))
        {
            return Saved.Missing;
        }

        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(description) || description.Trim().Length > 500)
        {
            errors.Add(new("ExpenseDescription", "Enter what the expense was for, in 500 characters or fewer"));
        }

        if (amount is not > 0m || amount > 10_000m)
        {
            errors.Add(new("ExpenseAmount", "Enter an amount between £0.01 and £10,000"));
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        db.VisitorExpenses.Add(new VisitorExpense { VisitorId = id, IncurredOn = incurredOn, Description = description!.Trim(), Amount = amount!.Value });
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }
}
