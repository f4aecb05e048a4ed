namespace Oversight.Domain.Accountability.Precept;

/// <summary>
/// One financial year's police precept: the amount the policing body needs from council tax and the tax base it
/// is spread over. Band D is their quotient, kept unrounded: the published table rounds each band from this
/// unrounded figure, which is why working from a rounded Band D can be a penny out.
/// </summary>
/// <param name="Year">The financial year, for example "2025-26".</param>
/// <param name="Requirement">The precept requirement in pounds.</param>
/// <param name="TaxBase">Band D equivalent properties, summed over the billing authorities.</param>
public sealed record PreceptYear(string Year, decimal Requirement, decimal TaxBase)
{
    /// <summary>The unrounded Band D charge: requirement divided by tax base.</summary>
    public decimal BandD => TaxBase > 0 ? Requirement / TaxBase : throw new InvalidOperationException($"{Year}: the tax base must be more than 0");

    /// <summary>Each band's charge for the year, rounded to the penny.</summary>
    public IReadOnlyList<(CouncilTaxBand Band, decimal Charge)> Charges() =>
        CouncilTaxBand.England.Select(b => (b, b.ChargeFrom(BandD))).ToList();
}
