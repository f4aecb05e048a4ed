using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;

namespace Oversight.Core.Funding.Victims;

/// A year of commissioned victims' services, as the annual report gives it.
public sealed record VictimServicesYear(
    string FinancialYear,
    int Organisations,
    int VcseOrganisations,
    int ServiceTypes,
    decimal GrantTotal,
    IReadOnlyDictionary<GrantLine, decimal> ByLine,
    int Victims,
    int Female,
    int Male,
    int Children,
    int Adults,
    int CopedAndRecovered,
    int DomesticAbuseVictims,
    int SexualViolenceVictims,
    int OtherCrimeVictims);

public sealed record SaferStreetsYear(string Round, decimal Allocated, IReadOnlyList<SaferStreetsAllocation> Allocations, IReadOnlyList<SaferStreetsProject> Projects);

public sealed class VictimServicesStatistics(OversightDbContext db)
{
    /// The funding source the annual report's victims' services figures come from.
    public const string MinistryOfJusticeGrant = "Ministry of Justice victims' grant";

    public async Task<VictimServicesYear> YearAsync(string financialYear, string fundingSource, CancellationToken cancellationToken)
    {
        var contracts = await db.VictimServiceContracts.AsNoTracking().Include(c => c.Provider)
            .Where(c => c.FinancialYear == financialYear && c.FundingSource == fundingSource).ToListAsync(cancellationToken);
        var ids = contracts.Select(c => c.Id).ToList();
        var returns = await db.VictimServiceReturns.AsNoTracking().Where(r => ids.Contains(r.ContractId) && r.SupersededAt == null).ToListAsync(cancellationToken);
        var providers = contracts.Select(c => c.Provider!).DistinctBy(p => p.Id).ToList();
        return new VictimServicesYear(
            financialYear,
            providers.Count,
            providers.Count(p => p.Sector == ProviderSector.Vcse),
            contracts.SelectMany(c => c.ServiceTypes).Distinct(StringComparer.Ordinal).Count(),
            contracts.Sum(c => c.Value),
            contracts.GroupBy(c => c.Line).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)),
            returns.Sum(r => r.Victims),
            returns.Sum(r => r.Female),
            returns.Sum(r => r.Male),
            returns.Sum(r => r.Children),
            returns.Sum(r => r.Adults),
            returns.Sum(r => r.CopedAndRecovered),
            returns.Sum(r => r.DomesticAbuse),
            returns.Sum(r => r.SexualViolence),
            returns.Sum(r => r.OtherCrime));
    }

    public async Task<SaferStreetsYear> SaferStreetsAsync(string round, CancellationToken cancellationToken)
    {
        var allocations = await db.SaferStreetsAllocations.AsNoTracking().Where(a => a.Round == round).OrderBy(a => a.Starts).ToListAsync(cancellationToken);
        var projects = await db.SaferStreetsProjects.AsNoTracking().Where(p => p.Round == round)
            .OrderBy(p => p.Focus).ThenBy(p => p.District).ThenBy(p => p.Intervention).ToListAsync(cancellationToken);
        return new SaferStreetsYear(round, allocations.Sum(a => a.Amount), allocations, projects);
    }
}
