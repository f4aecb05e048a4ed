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

    public static readonly IReadOnlyList<string> All = [Period, Area, Value, Numerator, Denominator, Notes];

    public static readonly IReadOnlyList<string> Required = [Period, Area, Value];
}
