namespace Oversight.Domain.Funding;

/// <summary>How far a project delivered its original outcomes, judged at the end of the grant.</summary>
public enum Delivery
{
    /// <summary>Every outcome delivered.</summary>
    Fully,

    /// <summary>Some outcomes delivered.</summary>
    Partly,

    /// <summary>No outcome delivered.</summary>
    Not,
}

/// <summary>How much unspent money to claw back at the end of a grant.</summary>
public static class Clawback
{
    /// <summary>Money paid out but not spent; never negative.</summary>
    public static decimal Unspent(decimal paid, decimal spent) => Math.Max(0, paid - spent);
}
