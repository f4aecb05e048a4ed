using Microsoft.EntityFrameworkCore;
using Oversight.Core.Audit;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Custody.Scrutiny;

/// A remand case as the panel sees it: everything but ethnicity, which only the aggregate analysis reveals.
public sealed record RemandCaseView(
    Guid Id, string CustodyNumber, DateTimeOffset ChargedAt, bool ChargedLate, string BailRefusedReason, DateTimeOffset? LocalAuthorityRequestedAt,
    string? LocalAuthorityResponse, RemandAccommodation Accommodation, string? NoAccommodationReason, double HoursInCell, bool CertificateProduced, bool? CourtAgreed);

public sealed record EthnicityCount(string Ethnicity, int Cases, int NotAccommodated);

/// A year of child remand cases, as the panel's annual report gives them.
public sealed record RemandYear(int FirstYear, int Cases, int Accommodated, int NotAccommodated, int NotAccommodatedChargedLate,
    int CourtDecided, int CourtAgreed, IReadOnlyList<EthnicityCount> ByEthnicity)
{
    public decimal AccommodatedShare => Cases == 0 ? 0m : (decimal)Accommodated / Cases;

    public decimal CourtAgreedShare => CourtDecided == 0 ? 0m : (decimal)CourtAgreed / CourtDecided;
}

/// Child remand cases for the child custody scrutiny panel.
public sealed class RemandCases(OversightDbContext db, IAuditActor actor, TimeProvider clock)
{
    public async Task<List<RemandCaseView>> ListAsync(int firstYear, CancellationToken cancellationToken)
    {
        var (from, to) = FinancialYear.Instants(firstYear);
        var cases = await db.ChildRemandCases.AsNoTracking().Where(c => c.ChargedAt >= from && c.ChargedAt < to)
            .OrderBy(c => c.ChargedAt).ToListAsync(cancellationToken);
        // The list shows every case of the year, so reading it is recorded once for the year.
        AuditTrail.RecordView(db, actor, clock, nameof(ChildRemandCase), $"year {firstYear}");
        await db.SaveChangesAsync(cancellationToken);
        return [.. cases.Select(View)];
    }

    /// The year's strip searches of children; reading them is recorded once for the year, like the remand list.
    public async Task<List<ChildStripSearch>> StripSearchesAsync(int firstYear, CancellationToken cancellationToken)
    {
        var (from, to) = FinancialYear.Instants(firstYear);
        var searches = await db.ChildStripSearches.AsNoTracking().Where(s => s.SearchedAt >= from && s.SearchedAt < to)
            .OrderBy(s => s.SearchedAt).ToListAsync(cancellationToken);
        AuditTrail.RecordView(db, actor, clock, nameof(ChildStripSearch), $"year {firstYear}");
        await db.SaveChangesAsync(cancellationToken);
        return searches;
    }

    public async Task<RemandCaseView?> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await db.ChildRemandCases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (found is null)
        {
            return null;
        }

        AuditTrail.RecordView(db, actor, clock, nameof(ChildRemandCase), id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return View(found);
    }

    /// What is wrong with the input, saving nothing: for a page whose own fields did not read, so it shows every
    /// problem at once.
    public IReadOnlyList<FieldError> Check(RemandCaseInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        Checks.Text(errors, "CustodyNumber", input.CustodyNumber, "Enter the custody number", 40);
        Checks.Text(errors, "BailRefusedReason", input.BailRefusedReason, "Enter why bail was refused", 1000);
        Checks.Text(errors, "LocalAuthorityResponse", input.LocalAuthorityResponse, "Enter the local authority's response", 1000, required: false);
        Checks.Choice(errors, "Accommodation", input.Accommodation, "Select the accommodation the local authority provided");
        if (input.Accommodation == RemandAccommodation.None)
        {
            Checks.Text(errors, "NoAccommodationReason", input.NoAccommodationReason, "Enter why no accommodation was provided", 1000);
        }

        Checks.Choice(errors, "CertificateProduced", input.CertificateProduced, "Select whether the custody officer produced a certificate");
        Checks.Ethnicity(errors, input.Ethnicity);
        if (input.ChargedAt is { } charged && input.LeftCustodyAt < charged)
        {
            errors.Add(new("LeftCustodyOn", "The time the child left police custody must be after the charge"));
        }

        if (input.ChargedAt is { } chargedAt && input.LocalAuthorityRequestedAt < chargedAt)
        {
            errors.Add(new("LocalAuthorityRequestedOn", "The request to the local authority must be at or after the charge"));
        }

        if (input.ChargedAt > clock.GetUtcNow())
        {
            errors.Add(new("ChargedOn", "The time of charge must be in the past"));
        }
        return errors;
    }

    /// Records a case; the late-charge flag and hours in cell follow from the times entered.
    public async Task<Saved> RecordAsync(RemandCaseInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Check(input);
        if (errors.Count > 0 || input.ChargedAt is null || input.LeftCustodyAt is null)
        {
            return Saved.Invalid(errors);
        }

        var number = input.CustodyNumber!.Trim();
        if (await db.ChildRemandCases.AnyAsync(c => c.CustodyNumber == number, cancellationToken))
        {
            return Saved.Invalid([new FieldError("CustodyNumber", "A remand case with this custody number has already been recorded")]);
        }

        var record = new ChildRemandCase
        {
            CustodyNumber = number,
            ChargedAt = input.ChargedAt.Value,
            BailRefusedReason = input.BailRefusedReason!.Trim(),
            LocalAuthorityRequestedAt = input.LocalAuthorityRequestedAt,
            LocalAuthorityResponse = Checks.Clean(input.LocalAuthorityResponse),
            Accommodation = input.Accommodation!.Value,
            NoAccommodationReason = input.Accommodation == RemandAccommodation.None ? Checks.Clean(input.NoAccommodationReason) : null,
            LeftCustodyAt = input.LeftCustodyAt.Value,
            CertificateProduced = input.CertificateProduced!.Value,
            CourtAgreed = input.CourtAgreed,
            Ethnicity = input.Ethnicity!,
        };
        db.ChildRemandCases.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(record.Id);
    }

    /// What is wrong with a strip search record, saving nothing (see <see cref="Check(RemandCaseInput)"/>).
    public IReadOnlyList<FieldError> CheckStripSearch(StripSearchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();
        Checks.Text(errors, "CustodyNumber", input.CustodyNumber, "Enter the custody number", 40);
        Checks.Text(errors, "AuthorisedBy", input.AuthorisedBy, "Enter the rank and number of the officer who authorised the search", 200);
        Checks.Choice(errors, "AppropriateAdultPresent", input.AppropriateAdultPresent, "Select whether an appropriate adult was present");
        Checks.Text(errors, "Location", input.Location, "Enter where the search took place", 200);
        Checks.Text(errors, "Grounds", input.Grounds, "Enter the grounds for the search", 2000);
        Checks.Choice(errors, "ItemFound", input.ItemFound, "Select the outcome of the search");
        Checks.Choice(errors, "SafeguardingReferral", input.SafeguardingReferral, "Select whether a safeguarding referral was made");
        Checks.Choice(errors, "ParentNotified", input.ParentNotified, "Select whether a parent or guardian was notified");
        Checks.Ethnicity(errors, input.Ethnicity);
        if (input.SearchedAt > clock.GetUtcNow())
        {
            errors.Add(new("SearchedOn", "The time of the search must be in the past"));
        }
        return errors;
    }

    /// Records a strip search of a child.
    public async Task<Saved> RecordStripSearchAsync(StripSearchInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = CheckStripSearch(input);
        if (errors.Count > 0 || input.SearchedAt is null)
        {
            return Saved.Invalid(errors);
        }

        var search = new ChildStripSearch
        {
            CustodyNumber = input.CustodyNumber!.Trim(),
            SearchedAt = input.SearchedAt.Value,
            AuthorisedBy = input.AuthorisedBy!.Trim(),
            AppropriateAdultPresent = input.AppropriateAdultPresent!.Value,
            Location = input.Location!.Trim(),
            Grounds = input.Grounds!.Trim(),
            ItemFound = input.ItemFound!.Value,
            SafeguardingReferral = input.SafeguardingReferral!.Value,
            ParentNotified = input.ParentNotified!.Value,
            Ethnicity = input.Ethnicity!,
        };
        db.ChildStripSearches.Add(search);
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(search.Id);
    }

    /// Every financial year from the first child charged to the last, newest first.
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken)
    {
        var first = await db.ChildRemandCases.MinAsync(c => (DateTimeOffset?)c.ChargedAt, cancellationToken);
        var last = await db.ChildRemandCases.MaxAsync(c => (DateTimeOffset?)c.ChargedAt, cancellationToken);
        return FinancialYear.Spanning(first is { } f ? UkTime.DateOf(f) : null, last is { } l ? UkTime.DateOf(l) : null);
    }

    public async Task<RemandYear> ForYearAsync(int firstYear, CancellationToken cancellationToken)
    {
        var (from, to) = FinancialYear.Instants(firstYear);
        var cases = await db.ChildRemandCases.AsNoTracking().Where(c => c.ChargedAt >= from && c.ChargedAt < to).ToListAsync(cancellationToken);
        var notAccommodated = cases.Where(c => c.Accommodation == RemandAccommodation.None).ToList();
        return new RemandYear(
            firstYear, cases.Count, cases.Count - notAccommodated.Count, notAccommodated.Count, notAccommodated.Count(c => c.ChargedLate),
            cases.Count(c => c.CourtAgreed is not null), cases.Count(c => c.CourtAgreed == true),
            [.. cases.GroupBy(c => c.Ethnicity).Select(g => new EthnicityCount(g.Key, g.Count(), g.Count(c => c.Accommodation == RemandAccommodation.None)))
                .OrderByDescending(e => e.Cases).ThenBy(e => e.Ethnicity, StringComparer.Ordinal)]);
    }

    private static RemandCaseView View(ChildRemandCase c) => new(
        c.Id, c.CustodyNumber, c.ChargedAt, c.ChargedLate, c.BailRefusedReason, c.LocalAuthorityRequestedAt, c.LocalAuthorityResponse,
        c.Accommodation, c.NoAccommodationReason, c.HoursInCell, c.CertificateProduced, c.CourtAgreed);
}
