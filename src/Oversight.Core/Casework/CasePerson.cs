using Oversight.Core.Audit;

namespace Oversight.Core.Casework;

/// A member of the public the office holds casework about: only what is needed to reply. Subject access and
/// erasure start from here, so every case links to one.
public sealed class CasePerson
{
    public const int NameLength = 200;
    public const int ContactLength = 320;

    public Guid Id { get; set; } = Guid.CreateVersion7();

    [AuditRedacted]
    public required string Name { get; set; }

    [AuditRedacted]
    public string? Email { get; set; }

    [AuditRedacted]
    public string? Phone { get; set; }

    [AuditRedacted]
    public string? Address { get; set; }

    /// When the person's details were removed, on request or at the end of the retention period.
    public DateTimeOffset? ErasedAt { get; set; }
}
