namespace Oversight.Domain.Performance.Spc;

/// <summary>How a series' period labels are read for ordering: the first kind every label fits.</summary>
public enum PeriodKind
{
    /// <summary>Every label is an ISO date (yyyy-MM-dd) or month (yyyy-MM): ordered by date.</summary>
    IsoDate,

    /// <summary>Every label is a number: ordered numerically, so 10 follows 9.</summary>
    Number,

    /// <summary>Anything else: ordered by ordinal text comparison, so "Feb" comes before "Jan".</summary>
    Text,
}
