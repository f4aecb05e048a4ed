using Oversight.Core.Performance.Observations;

namespace Oversight.Core.Performance.Submissions;

/// An upload and its rows; while it awaits a decision, also what committing it would change.
public sealed record UploadPreview(DataUpload Upload, IReadOnlyList<SubmittedRow> Rows, IReadOnlyList<ValueChange>? Changes);

/// The result of checking an uploaded file: the stored upload's id, or every problem found (and nothing stored).
public sealed record UploadOutcome(Guid? UploadId, IReadOnlyList<string> Errors);
