using Oversight.Core.Custody.Scrutiny;

namespace Oversight.Web.Custody.Published;

public sealed record PanelEthnicityRow(string Ethnicity, Figure Cases, Figure Inappropriate);

/// A panel's year as published: its judgements add up to the cases examined, and so do the ethnicity rows.
public sealed class PanelShown
{
    public PanelShown(PanelYear panel, bool open)
    {
        ArgumentNullException.ThrowIfNull(panel);
        var f = new PublicFigures(open);
        Cases = f.Count(panel.Cases);
        Assessments = panel.Assessments.ToDictionary(a => a.Key, a => f.Count(a.Value));
        f.Sum(Cases, [.. Assessments.Values, f.Unshown(panel.Cases - panel.Assessments.Values.Sum())]);
        ByEthnicity = [.. panel.ByEthnicity.Select(e => new PanelEthnicityRow(e.Ethnicity, f.Count(e.Cases), f.Count(e.Inappropriate)))];
        f.Sum(Cases, [.. ByEthnicity.Select(e => e.Cases), f.Unshown(panel.Cases - panel.ByEthnicity.Sum(e => e.Cases))]);
        if (Assessments.TryGetValue(CaseAssessment.Inappropriate, out var inappropriate))
        {
            f.Sum(inappropriate, ByEthnicity.Select(e => e.Inappropriate));
        }

        foreach (var row in ByEthnicity)
        {
            f.Sum(row.Cases, row.Inappropriate, f.Unshown(row.Cases.Value - row.Inappropriate.Value));
        }
    }

    public Figure Cases { get; }

    public IReadOnlyDictionary<CaseAssessment, Figure> Assessments { get; }

    public IReadOnlyList<PanelEthnicityRow> ByEthnicity { get; }
}

/// The year's strip searches of children as published: each count is some of the searches, so each is protected
/// against the searches minus it (searches minus "appropriate adult present" gives those without one).
public sealed class StripSearchShown
{
    public StripSearchShown(StripSearchYear year, bool open)
    {
        ArgumentNullException.ThrowIfNull(year);
        var f = new PublicFigures(open);
        Searches = f.Count(year.Searches);
        Figure Some(int count)
        {
            var figure = f.Count(count);
            f.Sum(Searches, figure, f.Unshown(year.Searches - count));
            return figure;
        }

        AppropriateAdultPresent = Some(year.AppropriateAdultPresent);
        SafeguardingReferrals = Some(year.SafeguardingReferrals);
        ParentsNotified = Some(year.ParentsNotified);
        ItemFound = Some(year.ItemFound);
    }

    public Figure Searches { get; }

    public Figure AppropriateAdultPresent { get; }

    public Figure SafeguardingReferrals { get; }

    public Figure ParentsNotified { get; }

    public Figure ItemFound { get; }
}
