using Oversight.Core.Uploads;

namespace Oversight.Web.Uploads;

/// Marks a page as taking uploads of one kind: <see cref="OversizedUploads"/> applies that kind's size limit to
/// the request before anything reads it.
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadLimitAttribute(UploadKind kind) : Attribute
{
    public UploadKind Kind { get; } = kind;

    public UploadRules Rules => UploadRules.For(Kind);
}

/// The files a request sent that were over the limit: their fields, names and sizes, never their bytes.
public sealed record RefusedUploads(UploadRules Rules, IReadOnlyList<RefusedUpload> Files);

public sealed record RefusedUpload(string Field, string Name, long Bytes);
