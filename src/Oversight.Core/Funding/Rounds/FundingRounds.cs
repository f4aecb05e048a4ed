using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Funding.Rounds;

public sealed class FundingRounds(OversightDbContext db, TimeProvider clock)
{
    public Task<List<FundingRound>> ListAsync(CancellationToken cancellationToken) =>
        db.FundingRounds.AsNoTracking().OrderByDescending(r => r.Number).ToListAsync(cancellationToken);

    public Task<List<FundingRound>> OpenAsync(CancellationToken cancellationToken)
    {
        var today = UkTime.Today(clock);
        return db.FundingRounds.AsNoTracking().Include(r => r.Strands)
            .Where(r => r.Opens <= today && r.Closes >= today).OrderBy(r => r.Number).ToListAsync(cancellationToken);
    }

    public Task<FundingRound?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.FundingRounds.AsNoTracking().Include(r => r.Strands).Include(r => r.Options).Include(r => r.Criteria)
            .AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task AddAsync(FundingRound round, CancellationToken cancellationToken)
    {
        db.FundingRounds.Add(round);
        await db.SaveChangesAsync(cancellationToken);
    }
}
