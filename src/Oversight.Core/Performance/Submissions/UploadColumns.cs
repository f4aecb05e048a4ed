namespace Oversight.Core.Performance.Submissions;

/// The columns of an upload file, in template order.
public static class UploadColumns
{
    public const string Period = "period";
    public const string Area = "area";
    public const string Value = "value";
    public const string Numerator = "numerator";
    public const string Denominator = "denominator";
    public const string Notes = "notes";

    /// The measure a row is for, in a return of several measures at once (a Victims' Code compliance return).
    public const string Measure = "measure";

    public static readonly IReadOnlyList<string> All = [Period, Area, Value, Numerator, Denominator, Notes];

    public static readonly IReadOnlyList<string> Required = [Period, Area, Value];

    /// One measure's values: a row per period and area.
    public static readonly UploadLayout OneMeasure = new(All, Required);

    /// Several measures' values for the whole force area: a row per measure and period.
    public static readonly UploadLayout ByMeasure = new([Measure, Period, Value, Numerator, Denominator, Notes], [Measure, Period, Value]);
}

/// The columns a kind of upload file has, in template order, and those it must have.
public sealed record UploadLayout(IReadOnlyList<string> All, IReadOnlyList<string> Required);
