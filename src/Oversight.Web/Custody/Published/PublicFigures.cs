using Oversight.Core.Documents;


namespace Oversight.Web.Custody.Published;

/// One count in a set of published figures. Unshown counts are never printed but can be worked out by subtraction
/// (cases minus those who stayed in police custody gives those accommodated), so they are protected too.
public sealed class Figure
{
    private readonly PublicFigures owner;

    internal Figure(PublicFigures owner, int value, bool shown)
    {
        this.owner = owner;
        Value = value;
        Shown = shown;
    }

    public int Value { get; }

    /// The count as the audience may read it.
    public string Text => owner.Text(this);

    internal bool Shown { get; }

    internal bool Small => Value is > 0 and < SmallCounts.SuppressBelow;

    internal bool Withheld { get; set; }

    internal bool Hidden => Withheld || !Shown;
}

/// Decides, in one place, what the public may see of related counts: a count from 1 to 4 is withheld, a share
/// is withheld when its part or its remainder is 1 to 4, and where a withheld count could be worked out from a shown
/// total and the other parts, the next smallest part is withheld as well (secondary suppression). The office sees all.
public sealed class PublicFigures(bool open)
{
    private readonly List<Figure> figures = [];
    private readonly List<(Figure Total, Figure[] Parts)> sums = [];
    private bool settled;

    public Figure Count(int value) => Add(value, shown: true);

    public Figure Unshown(int value) => Add(value, shown: false);

    /// Declares that the parts add up to the total, so any one of them could be worked out from the rest.
    public void Sum(Figure total, params IEnumerable<Figure> parts)
    {
        sums.Add((total, [.. parts]));
        settled = false;
    }

    public string Text(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        Settle();
        return !figure.Withheld ? figure.Value.ToString("N0", CustodyText.Culture) : figure.Small ? SmallCounts.Suppressed : "withheld";
    }

    public string Share(Figure part, Figure whole, decimal share)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(whole);
        Settle();
        var rest = whole.Value - part.Value;
        return open && (part.Small || whole.Small || rest is > 0 and < SmallCounts.SuppressBelow || part.Withheld || whole.Withheld)
            ? "withheld"
            : CustodyText.Percent(share);
    }

    private Figure Add(int value, bool shown)
    {
        var figure = new Figure(this, value, shown);
        figures.Add(figure);
        settled = false;
        return figure;
    }

    private void Settle()
    {
        if (settled)
        {
            return;
        }

        settled = true;
        foreach (var figure in figures)
        {
            figure.Withheld = open && figure.Shown && figure.Small;
        }

        // Each pass withholds one more count, so this ends once no sum gives anything away.
        var changed = open;
        while (changed)
        {
            changed = false;
            foreach (var sum in sums)
            {
                changed |= Protect(sum.Total, sum.Parts);
            }
        }
    }

    private static bool Protect(Figure total, Figure[] parts)
    {
        var hidden = parts.Where(p => p.Hidden).ToList();
        if (total.Hidden || hidden.Count == 0 || hidden.Count == parts.Length || !hidden.Any(p => p.Withheld || p.Small))
        {
            return false;
        }

        if (hidden.Count > 1 && hidden.Sum(p => p.Value) >= SmallCounts.SuppressBelow)
        {
            return false;
        }

        var next = parts.Where(p => !p.Hidden && p.Value > 0).MinBy(p => p.Value);
        if (next is null)
        {
            return false;
        }

        next.Withheld = true;
        return true;
    }
}
