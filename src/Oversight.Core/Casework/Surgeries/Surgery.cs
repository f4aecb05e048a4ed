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

/// A surgery on the office's list, with its bookings counted; settable members so the database sorts on them.
public sealed class SurgeryRow
{
    public Guid Id { get; init; }

    public DateOnly On { get; init; }

    public TimeOnly StartsAt { get; init; }

    public string Place { get; init; } = "";

    public bool Online { get; init; }

    public int Slots { get; init; }

    public int Booked { get; init; }
}

/// The office's list's filters: from today on (true) or before (false), a financial year by its start year, online
/// or in person.
public sealed record SurgeryFilters(bool? Upcoming = null, int? Year = null, bool? Online = null);
