using Oversight.Core.Custody.Visiting;

namespace Oversight.Web.Custody.Published;

/// One theme's issues; Category is null on the row for all themes.
public sealed record IssueRow(IssueCategory? Category, Figure Raised, Figure Closed, Figure Open, Figure Escalated);

/// A year of custody visiting as the public page and the scheme's report print it: the counts that can be worked out
/// from one another are declared here once, so both withhold the same figures.
public sealed class VisitingShown
{
    private readonly PublicFigures f;
    private readonly VisitingYear year;

    public VisitingShown(VisitingYear year, bool open)
    {
        ArgumentNullException.ThrowIfNull(year);
        this.year = year;
        f = new PublicFigures(open);
        Visitors = f.Count(year.Visitors);
        Visits = f.Count(year.Visits);
        InCustody = f.Count(year.DetaineesInCustody);
        Met = f.Count(year.DetaineesMet);
        NotAvailable = f.Count(year.NotAvailable);
        Available = f.Count(year.Available);
        Offered = f.Count(year.Offered);
        SpokenTo = f.Count(year.SpokenTo);
        Declined = f.Count(year.Declined);
        Observed = f.Count(year.Observed);
        f.Sum(InCustody, Met, f.Unshown(year.DetaineesInCustody - year.DetaineesMet));
        f.Sum(Met, NotAvailable, Available);
        f.Sum(Available, Offered, Observed, f.Unshown(year.Available - year.Offered - year.Observed));
        f.Sum(Offered, SpokenTo, Declined);
        Issues = [.. year.Issues.Select(Issue)];
        IssuesTotal = new(null, Total(i => i.Raised), Total(i => i.Closed), Total(i => i.Open), Total(i => i.Escalated));
    }

    public Figure Visitors { get; }

    public Figure Visits { get; }

    public Figure InCustody { get; }

    public Figure Met { get; }

    public Figure NotAvailable { get; }

    public Figure Available { get; }

    public Figure Offered { get; }

    public Figure SpokenTo { get; }

    public Figure Declined { get; }

    public Figure Observed { get; }

    public IReadOnlyList<IssueRow> Issues { get; }

    public IssueRow IssuesTotal { get; }

    public string SpokenToShare => f.Share(SpokenTo, Available, year.SpokenToShare);

    private IssueRow Issue(IssueTheme theme)
    {
        var row = new IssueRow(theme.Category, f.Count(theme.Raised), f.Count(theme.Closed), f.Count(theme.Raised - theme.Closed), f.Count(theme.Escalated));
        f.Sum(row.Raised, row.Closed, row.Open);
        f.Sum(row.Raised, row.Escalated, f.Unshown(theme.Raised - theme.Escalated));
        return row;
    }

    private Figure Total(Func<IssueRow, Figure> column)
    {
        var total = f.Count(Issues.Sum(i => column(i).Value));
        f.Sum(total, Issues.Select(column));
        return total;
    }
}
