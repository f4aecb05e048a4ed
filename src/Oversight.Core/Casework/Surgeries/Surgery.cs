using Oversight.Core.Audit;

namespace Oversight.Core.Casework.Surgeries;

/// A public surgery with the Deputy Mayor for Policing and Crime: a day, a place or online, and a number of slots.
public sealed class Surgery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public DateOnly On { get; set; }

    public required string Place { get; set; }

    public bool Online { get; set; }

    public TimeOnly StartsAt { get; set; }

    public int Slots { get; set; }

    public int SlotMinutes { get; set; } = 15;

    public List<SurgeryBooking> Bookings { get; set; } = [];
}

public sealed class SurgeryBooking
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid SurgeryId { get; set; }

    public int Slot { get; set; }

    public Guid PersonId { get; set; }

    public CasePerson? Person { get; set; }

    public bool BookedByPublic { get; set; }

    [AuditRedacted]
    public string? Topic { get; set; }

    [AuditRedacted]
    public string? Notes { get; set; }

    public DateTimeOffset? AnonymisedAt { get; set; }
}
