namespace Oversight.Domain.Accountability.Precept;

/// <summary>A council tax valuation band and its statutory ratio to Band D (Local Government Finance Act 1992 s.5).</summary>
/// <param name="Name">The band's letter, A to H.</param>
/// <param name="Ninths">The band's charge in ninths of Band D: A is 6/9, D is 9/9, H is 18/9.</param>
public sealed record CouncilTaxBand(string Name, int Ninths)
{
    /// <summary>The eight bands in England, A to H.</summary>
    public static readonly IReadOnlyList<CouncilTaxBand> England =
    [
        new("A", 6), new("B", 7), new("C", 8), new("D", 9), new("E", 11), new("F", 13), new("G", 15), new("H", 18),
    ];

    /// <summary>This band's charge from an unrounded Band D, rounded to the penny only now, half away from zero.</summary>
    public decimal ChargeFrom(decimal bandD) => Math.Round(bandD * Ninths / 9m, 2, MidpointRounding.AwayFromZero);
}
