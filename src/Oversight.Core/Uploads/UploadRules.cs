using System.Globalization;

namespace Oversight.Core.Uploads;

/// Every kind of file people can upload; each has one set of limits in <see cref="UploadRules"/>.
public enum UploadKind
{
    MeasureData,
    ConsultationResponses,
    PoliceData,
    ApplicationDocument,
    CaseAttachment,
    MeetingPaper,
}

/// What a file that is not valid UTF-8 (or UTF-16 with a byte order mark) becomes.
public enum TextPolicy
{
    /// Refused with "The file is not saved as UTF-8".
    Utf8Only,

    /// Read as Windows-1252 (what Excel on Windows saves as "CSV") and shown to the person to confirm.
    Windows1252WithConfirmation,

    /// Not read as text at all: kept exactly as sent and only ever sent back as a download.
    KeptAsSent,
}

/// Limits on a ZIP-based file (XLSX, DOCX, ODT, police.uk archive): a zip bomb is a small file whose entries
/// expand to gigabytes, so entries, expanded bytes and the compression ratio are all bounded.
public sealed record ZipLimits(int MaxEntries, long MaxExpandedBytes, int MaxRatio)
{
    /// Small entries (styles, manifests) are left out of the ratio check: they compress very well and cannot hurt.
    public const long RatioCheckedFrom = 1024 * 1024;
}

/// The limits for one kind of upload. Declared once so the page, the service and docs/security.md agree.
public sealed record UploadRules(
    UploadKind Kind, long MaxBytes, IReadOnlyList<string> Extensions, ZipLimits Zip, int MaxRows, int MaxColumns, TextPolicy Text)
{
    private const long Mb = 1024 * 1024;

    public static readonly UploadRules MeasureData = new(
        UploadKind.MeasureData, 5 * Mb, [".csv", ".xlsx"], new(100, 50 * Mb, 100), 100_000, 50, TextPolicy.Windows1252WithConfirmation);

    public static readonly UploadRules ConsultationResponses = new(
        UploadKind.ConsultationResponses, 10 * Mb, [".csv", ".xlsx"], new(100, 100 * Mb, 100), 100_000, 500, TextPolicy.Windows1252WithConfirmation);

    // A year of police.uk bulk archive for a large force; its CSVs compress about 10 to 1.
    public static readonly UploadRules PoliceData = new(
        UploadKind.PoliceData, 1024 * Mb, [".csv", ".zip"], new(20_000, 20L * 1024 * Mb, 100), int.MaxValue, 100, TextPolicy.Utf8Only);

    public static readonly UploadRules ApplicationDocument = new(
        UploadKind.ApplicationDocument, 10 * Mb, [".pdf", ".docx", ".xlsx", ".odt", ".jpg", ".jpeg", ".png", ".csv", ".txt"],
        new(1_000, 100 * Mb, 100), 100_000, 500, TextPolicy.Utf8Only);

    // Correspondence comes in every format (emails, scans, letters): known formats are opened and checked, others
    // are kept as they are and only ever sent back as a download.
    public static readonly UploadRules CaseAttachment = new(
        UploadKind.CaseAttachment, 10 * Mb, [], new(1_000, 100 * Mb, 100), 100_000, 500, TextPolicy.KeptAsSent);

    public static readonly UploadRules MeetingPaper = CaseAttachment with { Kind = UploadKind.MeetingPaper };

    public static UploadRules For(UploadKind kind) => kind switch
    {
        UploadKind.MeasureData => MeasureData,
        UploadKind.ConsultationResponses => ConsultationResponses,
        UploadKind.PoliceData => PoliceData,
        UploadKind.ApplicationDocument => ApplicationDocument,
        UploadKind.CaseAttachment => CaseAttachment,
        _ => MeetingPaper,
    };

    /// The size limit as people read it: "5MB", "1GB".
    public string MaxSize => Describe(MaxBytes);

    public string TooLarge(string name) => $"The selected file {name} must be smaller than {MaxSize}";

    public static string Describe(long bytes) => bytes >= 1024 * Mb && bytes % (1024 * Mb) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * Mb)}GB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / Mb}MB");
}
