using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;

namespace Oversight.Core.Funding.Assessment;

/// Who must be kept away from an application. A declared conflict bars a person from the bid, its documents and
/// its decision, not only from scoring; an assigned assessor sees nothing until they have declared.
public sealed class ConflictsOfInterest(OversightDbContext db)
{
    public const string Conflicted = "You declared a conflict of interest with this application, so you cannot see it, its documents or its decision";

    public const string Undeclared = "You have been asked to assess this application. Declare any conflict of interest before you see it";

    /// The applications this person may not see: declared conflicts and assignments not yet declared.
    public async Task<HashSet<Guid>> BarredAsync(string userId, CancellationToken cancellationToken) =>
        [.. await db.AssessorAssignments.AsNoTracking()
            .Where(a => a.AssessorUserId == userId && a.HasConflict != false)
            .Select(a => a.ApplicationId).ToListAsync(cancellationToken)];

    /// Why this person may not see or decide the application, or null if they may.
    public async Task<string?> BarAsync(Guid applicationId, string userId, CancellationToken cancellationToken)
    {
        var declarations = await db.AssessorAssignments.AsNoTracking()
            .Where(a => a.ApplicationId == applicationId && a.AssessorUserId == userId)
            .Select(a => a.HasConflict).ToListAsync(cancellationToken);
        return declarations switch
        {
            [true] => Conflicted,
            [null] => Undeclared,
            _ => null,
        };
    }
}
