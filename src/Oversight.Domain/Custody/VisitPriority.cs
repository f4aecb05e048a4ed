namespace Oversight.Domain.Custody;

/// <summary>A detainee as the visitors are told of them, identified only by custody number.</summary>
/// <param name="CustodyNumber">The custody record number; never a name.</param>
/// <param name="Child">Whether the detainee is under 18.</param>
/// <param name="Vulnerable">Whether custody staff have recorded the detainee as vulnerable.</param>
/// <param name="Woman">Whether the detainee is a woman or girl.</param>
/// <param name="HoursHeld">Hours in custody so far.</param>
public sealed record DetaineeInCustody(string CustodyNumber, bool Child, bool Vulnerable, bool Woman, double HoursHeld);

/// <summary>
/// The order in which visitors should offer to speak to detainees: children first, then vulnerable people, then
/// women, then the longest held (Home Office Code of Practice on Independent Custody Visiting; ICVA guidance).
/// </summary>
public static class VisitPriority
{
    /// <summary>The detainees in the order to speak to them.</summary>
    public static IReadOnlyList<DetaineeInCustody> Order(IEnumerable<DetaineeInCustody> detainees) =>
        [.. detainees.OrderByDescending(d => d.Child).ThenByDescending(d => d.Vulnerable).ThenByDescending(d => d.Woman)
            .ThenByDescending(d => d.HoursHeld).ThenBy(d => d.CustodyNumber, StringComparer.Ordinal)];

    /// <summary>Why a detainee comes where they do, in a few words for the visit form.</summary>
    public static string Reason(DetaineeInCustody detainee)
    {
        ArgumentNullException.ThrowIfNull(detainee);
        return detainee switch
        {
            { Child: true } => "Child",
            { Vulnerable: true } => "Vulnerable",
            { Woman: true } => "Woman",
            _ => "Held longest",
        };
    }
}
