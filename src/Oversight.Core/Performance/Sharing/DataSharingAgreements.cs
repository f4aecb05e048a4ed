using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Data;
using Oversight.Domain;
using Oversight.Domain.Plan;

namespace Oversight.Core.Performance.Sharing;

public sealed class DataSharingAgreements(OversightDbContext db, PoliceAndCrimePlan plan)
{
    public const int TitleLength = 200;
    public const int PurposeLength = 2000;

    public Task<List<DataSharingAgreement>> ListAsync(CancellationToken cancellationToken) =>
        db.DataSharingAgreements.AsNoTracking().Include(a => a.Datasets).Include(a => a.Partners)
            .OrderByDescending(a => a.Starts).ThenBy(a => a.Title).ToListAsync(cancellationToken);

    public Task<DataSharingAgreement?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.DataSharingAgreements.Include(a => a.Datasets).Include(a => a.Partners).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task<Saved> CreateAsync(AgreementDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var errors = await CheckAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        var agreement = new DataSharingAgreement { Title = "", Purpose = "" };
        Apply(agreement, details);
        db.DataSharingAgreements.Add(agreement);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(agreement.Id);
    }

    /// Changes an agreement; or says it is missing or what is wrong with the details.
    public async Task<Saved> UpdateAsync(Guid id, AgreementDetails details, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(details);
        var agreement = await FindAsync(id, cancellationToken);
        if (agreement is null)
        {
            return Saved.Missing;
        }

        var errors = await CheckAsync(details, cancellationToken);
        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        Apply(agreement, details);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(id);
    }

    private static void Apply(DataSharingAgreement agreement, AgreementDetails details)
    {
        agreement.Title = details.Title.Trim();
        agreement.Purpose = details.Purpose.Trim();
        agreement.Starts = details.Starts;
        agreement.Ends = details.Ends;
        // Keep rows that stay, so the audit trail shows only what was really added or removed.
        agreement.Datasets.RemoveAll(d => !details.Datasets.Contains(d.DatasetId));
        foreach (var dataset in details.Datasets.Distinct().Where(id => agreement.Datasets.All(d => d.DatasetId != id)))
        {
            agreement.Datasets.Add(new AgreementDataset { AgreementId = agreement.Id, DatasetId = dataset });
        }

        agreement.Partners.RemoveAll(p => !details.Partners.Contains(p.OrganisationId));
        foreach (var partner in details.Partners.Distinct().Where(id => agreement.Partners.All(p => p.OrganisationId != id)))
        {
            agreement.Partners.Add(new AgreementPartner { AgreementId = agreement.Id, OrganisationId = partner });
        }
    }

    /// Every problem with the details, without saving anything.
    public async Task<List<FieldError>> CheckAsync(AgreementDetails details, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Text(errors, "Title", details.Title, TitleLength, "Enter a title");
        Text(errors, "Purpose", details.Purpose, PurposeLength, "Enter the purpose of the agreement");
        if (details.Ends < details.Starts)
        {
            errors.Add(new("Ends", "The end date must be the same as or after the start date"));
        }

        if (details.Datasets.Count == 0)
        {
            errors.Add(new("Datasets", "Select at least one dataset"));
        }

        foreach (var unknown in details.Datasets.Where(id => plan.Datasets.All(d => d.Id != id)))
        {
            errors.Add(new("Datasets", $"Select datasets from the list; \"{unknown}\" is not one of the plan's datasets"));
        }

        var partners = await db.Organisations.Where(o => o.Kind != OrganisationKind.Office).Select(o => o.Id).ToListAsync(cancellationToken);
        if (details.Partners.Count == 0)
        {
            errors.Add(new("Partners", "Select at least one partner organisation"));
        }

        foreach (var unknown in details.Partners.Where(id => !partners.Contains(id)))
        {
            errors.Add(new("Partners", $"Select partners from the list; \"{unknown}\" is not a partner organisation"));
        }

        return errors;
    }

    private static void Text(List<FieldError> errors, string field, string? value, int maxLength, string missing)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(field, missing));
        }
        else if (value.Trim().Length > maxLength)
        {
            errors.Add(new(field, string.Create(CultureInfo.InvariantCulture, $"{field} must be {maxLength:N0} characters or fewer")));
        }
    }
}
