namespace Oversight.Domain.Accountability.Precept;

/// <summary>One band's line in the precept table the annual report and the council tax leaflet publish.</summary>
/// <param name="Band">The band.</param>
/// <param name="Previous">Last year's charge.</param>
/// <param name="Current">This year's charge.</param>
/// <param name="AnnualIncrease">The difference a household sees on its bill.</param>
/// <param name="WeeklyIncrease">The annual increase over 52 weeks, to the penny.</param>
public sealed record PreceptLine(CouncilTaxBand Band, decimal Previous, decimal Current, decimal AnnualIncrease, decimal WeeklyIncrease);

/// <summary>Builds the year-on-year table and the effect of a proposed increase.</summary>
public static class PreceptTable
{
    /// <summary>Every band's charge last year and this, with the annual and weekly increase.</summary>
    public static IReadOnlyList<PreceptLine> Compare(PreceptYear previous, PreceptYear current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        return CouncilTaxBand.England.Select(band =>
        {
            var before = band.ChargeFrom(previous.BandD);
            var after = band.ChargeFrom(current.BandD);
            var annual = after - before;
            return new PreceptLine(band, before, after, annual, Math.Round(annual / 52m, 2, MidpointRounding.AwayFromZero));
        }).ToList();
    }

    /// <summary>
    /// What a proposed Band D increase yields: the next year on the same tax base, raised either by pounds on Band D
    /// or by a percentage of it.
    /// </summary>
    public static PreceptYear Propose(PreceptYear current, string year, decimal? poundsOnBandD = null, decimal? percent = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (poundsOnBandD.HasValue == percent.HasValue)
        {
            throw new ArgumentException("Give either an increase in pounds on Band D or a percentage, not both");
        }

        var bandD = poundsOnBandD is { } pounds ? current.BandD + pounds : current.BandD * (1 + (percent!.Value / 100m));
        return new PreceptYear(year, bandD * current.TaxBase, current.TaxBase);
    }
}
