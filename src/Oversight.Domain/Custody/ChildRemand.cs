namespace Oversight.Domain.Custody;

/// <summary>
/// Rules the child remand scrutiny panel applies. A child charged and refused bail should move to local authority
/// accommodation (PACE s.38(6)); a charge late in the evening makes that hardest, so the panel flags charges after
/// 23:00 UK time.
/// </summary>
public static class ChildRemand
{
    /// <summary>The UK time after which a charge is flagged as late.</summary>
    public static readonly TimeOnly LateChargeAfter = new(23, 0);

    /// <summary>Whether a charge at this instant was after 23:00 in the UK (British Summer Time allowed for).</summary>
    public static bool ChargedLate(DateTimeOffset chargedAt) =>
        TimeOnly.FromDateTime(UkTime.ToLocal(chargedAt)) > LateChargeAfter;

    /// <summary>Whole and part hours a child spent in a cell between charge and leaving custody.</summary>
    public static double HoursInCell(DateTimeOffset chargedAt, DateTimeOffset leftCustodyAt) =>
        leftCustodyAt < chargedAt ? throw new ArgumentException("Custody cannot end before the charge") : (leftCustodyAt - chargedAt).TotalHours;
}
