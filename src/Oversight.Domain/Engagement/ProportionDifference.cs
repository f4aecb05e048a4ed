namespace Oversight.Domain.Engagement;

/// <summary>
/// The difference between two independent shares (say this year's consultation against last year's, or online
/// against in person) with Newcombe's hybrid score interval (Newcombe 1998, method 10), built from the two
/// Wilson intervals so it behaves well for small bases and shares near 0 or 1.
/// </summary>
/// <param name="First">The first share.</param>
/// <param name="Second">The second share.</param>
/// <param name="Difference">First minus second.</param>
/// <param name="Lower">Lower limit of the difference's interval.</param>
/// <param name="Upper">Upper limit of the difference's interval.</param>
public sealed record ProportionDifference(Proportion First, Proportion Second, double Difference, double Lower, double Upper)
{
    /// <summary>Whether the interval excludes zero, that is the two shares differ by more than chance allows.</summary>
    public bool IsSignificant => Lower > 0 || Upper < 0;

    /// <summary>Compares <paramref name="count1"/> of <paramref name="base1"/> with <paramref name="count2"/> of <paramref name="base2"/>.</summary>
    public static ProportionDifference Between(int count1, int base1, int count2, int base2, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(base1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(base2);
        var first = Proportion.Of(count1, base1, confidence);
        var second = Proportion.Of(count2, base2, confidence);
        var difference = first.Value - second.Value;
        var lower = difference - Math.Sqrt(Square(first.Value - first.Lower) + Square(second.Upper - second.Value));
        var upper = difference + Math.Sqrt(Square(first.Upper - first.Value) + Square(second.Value - second.Lower));
        return new ProportionDifference(first, second, difference, lower, upper);
    }

    private static double Square(double x) => x * x;
}
