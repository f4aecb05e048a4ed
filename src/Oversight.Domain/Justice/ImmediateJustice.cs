namespace Oversight.Domain.Justice;

/// <summary>The police disposal that routes someone to Immediate Justice.</summary>
public enum Disposal
{
    /// <summary>A Community Resolution.</summary>
    CommunityResolution,

    /// <summary>Outcome 22: diversionary, educational or intervention activity, or a deferred prosecution.</summary>
    Outcome22,

    /// <summary>A Conditional Caution.</summary>
    ConditionalCaution,
}

/// <summary>
/// The West Yorkshire Immediate Justice rules: adults after a Community Resolution or Outcome 22 do one 7-hour day of
/// supervised unpaid work, after a Conditional Caution two days (14 hours); children aged 12–17 do reparative
/// activity through their district's Youth Justice Service instead, with no fixed hours. The national ambition is
/// to start within 48 hours of the disposal.
/// </summary>
public static class ImmediateJustice
{
    /// <summary>The hours to start within.</summary>
    public static readonly TimeSpan StartAmbition = TimeSpan.FromHours(48);

    /// <summary>Hours of supervised unpaid work an adult must do, or null for a child (reparation without fixed hours).</summary>
    public static int? HoursRequired(Disposal disposal, int age)
    {
        if (age < 12)
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, "Immediate Justice is for people aged 12 and over");
        }

        if (age < 18)
        {
            return null;
        }

        return disposal == Disposal.ConditionalCaution ? 14 : 7;
    }

    /// <summary>Whether the work started within the 48-hour ambition of the disposal.</summary>
    public static bool StartedWithinAmbition(DateTimeOffset disposedAt, DateTimeOffset startedAt) =>
        startedAt >= disposedAt && startedAt - disposedAt <= StartAmbition;
}
