using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Funding.Victims;

/// Providers' quarterly returns. One return counts per contract and quarter; sending another supersedes it, and the
/// earlier one is kept (and the change audited) so nothing a provider reported is lost.
public sealed class VictimReturns(OversightDbContext db, TimeProvider clock)
{
    /// Every return for the contract, newest first, superseded ones included.
    public Task<List<VictimServiceReturn>> ForContractAsync(Guid contractId, CancellationToken cancellationToken) =>
        db.VictimServiceReturns.AsNoTracking().Where(r => r.ContractId == contractId)
            .OrderBy(r => r.Period).ThenBy(r => r.SupersededAt != null).ThenByDescending(r => r.SupersededAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<FieldError>> SubmitAsync(Guid contractId, VictimReturnInput input, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var contract = await db.VictimServiceContracts.AsNoTracking().SingleAsync(c => c.Id == contractId, cancellationToken);
        var errors = new List<FieldError>();
        if (!ReturnFigures.Quarters(contract.FinancialYear).Contains(input.Period))
        {
            errors.Add(new("Period", "Select the quarter the return is for"));
        }

        var figures = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (field, words) in ReturnFigures.All)
        {
            var text = input.Figures.GetValueOrDefault(field)?.Trim().Replace(",", "", StringComparison.Ordinal);
            if (string.IsNullOrEmpty(text))
            {
                errors.Add(new(field, $"Enter the number of {words}, or 0 if there were none"));
            }
            else if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number < 0)
            {
                errors.Add(new(field, $"The number of {words} must be 0 or more"));
            }
            else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out number))
            {
                errors.Add(new(field, $"Enter the number of {words} as a whole number, like 120"));
            }
            else
            {
                figures[field] = number;
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(Consistency(figures));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var earlier = await db.VictimServiceReturns.SingleOrDefaultAsync(r => r.ContractId == contractId && r.Period == input.Period && r.SupersededAt == null, cancellationToken);
        if (earlier is not null)
        {
            earlier.SupersededAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        db.VictimServiceReturns.Add(new VictimServiceReturn
        {
            ContractId = contractId,
            Period = input.Period!,
            Female = figures["Female"],
            Male = figures["Male"],
            SexNotKnown = figures["SexNotKnown"],
            Children = figures["Children"],
            Adults = figures["Adults"],
            AgeNotKnown = figures["AgeNotKnown"],
            DomesticAbuse = figures["DomesticAbuse"],
            SexualViolence = figures["SexualViolence"],
            OtherCrime = figures["OtherCrime"],
            CrimeNotKnown = figures["CrimeNotKnown"],
            CopedAndRecovered = figures["CopedAndRecovered"],
            SubmittedAt = now,
            SubmittedBy = by,
            SupersedesId = earlier?.Id,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    // Every victim is counted once by sex, once by age band and once by crime type, so the three totals must agree.
    private static IEnumerable<FieldError> Consistency(Dictionary<string, int> figures)
    {
        var bySex = ReturnFigures.Sex.Sum(f => figures[f.Field]);
        var byAge = ReturnFigures.Age.Sum(f => figures[f.Field]);
        var byCrime = ReturnFigures.Crime.Sum(f => figures[f.Field]);
        if (byAge != bySex)
        {
            yield return new("Children", string.Create(English, $"The victims by age band add up to {byAge:N0} but the victims by sex add up to {bySex:N0}. They must be the same"));
        }

        if (byCrime != bySex)
        {
            yield return new("DomesticAbuse", string.Create(English, $"The victims by crime type add up to {byCrime:N0} but the victims by sex add up to {bySex:N0}. They must be the same"));
        }

        if (figures["CopedAndRecovered"] > bySex)
        {
            yield return new("CopedAndRecovered", string.Create(English, $"The victims helped to cope and recover cannot be more than the {bySex:N0} victims supported"));
        }
    }
}
