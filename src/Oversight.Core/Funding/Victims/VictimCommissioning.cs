using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Performance.Periods;

namespace Oversight.Core.Funding.Victims;

public sealed record ProviderLine(VictimServiceProvider Provider, int Contracts, decimal Value);

/// Commissioning staff keep victims' services providers and their contracts here.
public sealed class VictimCommissioning(OversightDbContext db)
{
    public async Task<List<ProviderLine>> ProvidersAsync(CancellationToken cancellationToken)
    {
        var providers = await db.VictimServiceProviders.AsNoTracking().OrderBy(p => p.Name).ToListAsync(cancellationToken);
        var contracts = await db.VictimServiceContracts.AsNoTracking().GroupBy(c => c.ProviderId)
            .Select(g => new { g.Key, Count = g.Count(), Value = g.Sum(c => c.Value) }).ToListAsync(cancellationToken);
        return providers.Select(p => contracts.SingleOrDefault(c => c.Key == p.Id) is { } c ? new ProviderLine(p, c.Count, c.Value) : new ProviderLine(p, 0, 0)).ToList();
    }

    public Task<VictimServiceProvider?> FindProviderAsync(Guid id, CancellationToken cancellationToken) =>
        db.VictimServiceProviders.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public Task<List<VictimServiceContract>> ContractsOfAsync(Guid providerId, CancellationToken cancellationToken) =>
        db.VictimServiceContracts.AsNoTracking().Where(c => c.ProviderId == providerId)
            .OrderByDescending(c => c.FinancialYear).ThenBy(c => c.Line).ToListAsync(cancellationToken);

    public Task<VictimServiceContract?> FindContractAsync(Guid id, CancellationToken cancellationToken) =>
        db.VictimServiceContracts.AsNoTracking().Include(c => c.Provider).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<Saved> SaveProviderAsync(Guid? id, string? name, string? sector, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new("Name", "Enter the provider's name"));
        }
        else if (await db.VictimServiceProviders.AnyAsync(p => p.Name == name.Trim() && p.Id != id, cancellationToken))
        {
            errors.Add(new("Name", $"There is already a provider called {name.Trim()}"));
        }

        if (!Enum.TryParse<ProviderSector>(sector, out var parsed) || !Enum.IsDefined(parsed))
        {
            errors.Add(new("Sector", "Select the kind of organisation the provider is"));
        }

        var provider = id is null ? new VictimServiceProvider { Name = "" } : await db.VictimServiceProviders.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (provider is null || errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        provider.Name = name!.Trim();
        provider.Sector = parsed;
        if (id is null)
        {
            db.VictimServiceProviders.Add(provider);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(provider.Id);
    }

    public async Task<Saved> SaveContractAsync(Guid? id, ContractInput input, IReadOnlyList<FieldError> dateErrors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        var year = ReportingPeriodParser.FinancialYear(input.FinancialYear);
        if (year is null)
        {
            errors.Add(new("FinancialYear", "Enter the financial year the contract is paid in, like 2025-26"));
        }

        if (!Rounds.RoundRules.TryMoney(input.Value, out var value) || value <= 0)
        {
            errors.Add(new("Value", "Enter the contract's value, like 120000 or 120000.50"));
        }

        errors.AddRange(dateErrors);
        if (dateErrors.Count == 0 && input.Ends < input.Starts)
        {
            errors.Add(new("Ends", "The date the contract ends must be after the date it starts"));
        }

        if (string.IsNullOrWhiteSpace(input.FundingSource))
        {
            errors.Add(new("FundingSource", "Enter where the money comes from, like Ministry of Justice victims' grant"));
        }

        if (!Enum.TryParse<GrantLine>(input.Line, out var line) || !Enum.IsDefined(line))
        {
            errors.Add(new("Line", "Select the ring-fenced line that pays for the contract"));
        }

        var types = Rounds.RoundRules.Lines(input.ServiceTypes);
        if (types.Count == 0)
        {
            errors.Add(new("ServiceTypes", "Enter the services the contract pays for, one on each line"));
        }

        var contract = id is null
            ? new VictimServiceContract { ProviderId = input.ProviderId, FinancialYear = "", FundingSource = "" }
            : await db.VictimServiceContracts.SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contract is null || errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        contract.FinancialYear = year!.Text;
        contract.Value = value;
        (contract.Starts, contract.Ends) = (input.Starts, input.Ends);
        contract.FundingSource = input.FundingSource!.Trim();
        contract.Line = line;
        contract.ServiceTypes = types;
        if (id is null)
        {
            db.VictimServiceContracts.Add(contract);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(contract.Id);
    }
}
