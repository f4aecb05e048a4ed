using Oversight.Core.Justice;

namespace Oversight.Web.Custody.Published;

/// An Immediate Justice cohort as published: those referred, and the share of them who are female, withheld when
/// either the women or the men number 1 to 4.
public sealed class CohortShown
{
    private readonly PublicFigures f;
    private readonly CohortFigures cohort;
    private readonly Figure female;

    public CohortShown(CohortFigures cohort, bool open)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        this.cohort = cohort;
        f = new PublicFigures(open);
        Referred = f.Count(cohort.Referred);
        female = f.Count(cohort.Female);
        f.Sum(Referred, female, f.Unshown(cohort.Referred - cohort.Female));
    }

    public Figure Referred { get; }

    public string FemaleShare => f.Share(female, Referred, cohort.FemaleShare);
}
