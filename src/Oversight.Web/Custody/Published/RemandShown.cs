using Oversight.Core.Custody.Scrutiny;

namespace Oversight.Web.Custody.Published;

public sealed record RemandEthnicityRow(string Ethnicity, Figure Cases, Figure Stayed);

/// A year of child remand cases as published: accommodated and stayed add up to the cases, per ethnicity too, and
/// those charged late are some of those who stayed, so none of these can give another away.
public sealed class RemandShown
{
    private readonly PublicFigures f;
    private readonly RemandYear year;
    private readonly Figure courtAgreed;
    private readonly Figure courtDecided;

    public RemandShown(RemandYear year, bool open)
    {
        ArgumentNullException.ThrowIfNull(year);
        this.year = year;
        f = new PublicFigures(open);
        Cases = f.Count(year.Cases);
        Accommodated = f.Count(year.Accommodated);
        Stayed = f.Count(year.NotAccommodated);
        StayedChargedLate = f.Count(year.NotAccommodatedChargedLate);
        courtAgreed = f.Unshown(year.CourtAgreed);
        courtDecided = f.Unshown(year.CourtDecided);
        f.Sum(Cases, Accommodated, Stayed);
        f.Sum(Stayed, StayedChargedLate, f.Unshown(year.NotAccommodated - year.NotAccommodatedChargedLate));
        f.Sum(Cases, StayedChargedLate, f.Unshown(year.Cases - year.NotAccommodatedChargedLate));
        ByEthnicity = [.. year.ByEthnicity.Select(e => new RemandEthnicityRow(e.Ethnicity, f.Count(e.Cases), f.Count(e.NotAccommodated)))];
        f.Sum(Cases, ByEthnicity.Select(e => e.Cases));
        f.Sum(Stayed, ByEthnicity.Select(e => e.Stayed));
        foreach (var row in ByEthnicity)
        {
            f.Sum(row.Cases, row.Stayed, f.Unshown(row.Cases.Value - row.Stayed.Value));
        }
    }

    public Figure Cases { get; }

    /// Printed only as a share of the cases.
    public Figure Accommodated { get; }

    public Figure Stayed { get; }

    public Figure StayedChargedLate { get; }

    public IReadOnlyList<RemandEthnicityRow> ByEthnicity { get; }

    public string AccommodatedShare => f.Share(Accommodated, Cases, year.AccommodatedShare);

    public string CourtAgreedShare => f.Share(courtAgreed, courtDecided, year.CourtAgreedShare);
}
