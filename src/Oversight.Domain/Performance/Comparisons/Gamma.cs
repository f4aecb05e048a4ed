namespace Oversight.Domain.Performance.Comparisons;

/// <summary>
/// The log-gamma function, the regularised lower incomplete gamma function P(a, x) and its
/// inverse: what exact Poisson confidence limits need, since the chi-square quantile with 2k
/// degrees of freedom is twice the inverse of P(k, ·). Methods follow Numerical Recipes (3rd ed.,
/// §6.1–6.2): Lanczos for log-gamma, series or continued fraction for P, Halley steps for the inverse.
/// </summary>
public static class Gamma
{
    private const double Epsilon = 1e-15;
    private const double Tiny = 1e-300;

    private static readonly double[] Lanczos =
    [
        57.1562356658629235, -59.5979603554754912, 14.1360979747417471, -0.491913816097620199,
        .339946499848118887e-4, .465236289270485756e-4, -.983744753048795646e-4, .158088703224912494e-3,
        -.210264441724104883e-3, .217439618115212643e-3, -.164318106536763890e-3, .844182239838527433e-4,
        -.261908384015814087e-4, .368991826595316234e-5,
    ];

    /// <summary>ln Γ(x) for x &gt; 0.</summary>
    public static double LogGamma(double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(x);
        var y = x;
        var tmp = x + 5.24218750000000000;
        tmp = ((x + 0.5) * Math.Log(tmp)) - tmp;
        var ser = 0.999999999999997092;
        foreach (var c in Lanczos)
        {
            ser += c / ++y;
        }

        return tmp + Math.Log(2.5066282746310005 * ser / x);
    }

    /// <summary>P(a, x): the probability that a gamma variable with shape <paramref name="a"/> (and scale 1) is at most <paramref name="x"/>.</summary>
    public static double RegularizedLower(double a, double x)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        if (x <= 0)
        {
            return 0;
        }

        var prefactor = Math.Exp(-x + (a * Math.Log(x)) - LogGamma(a));
        return x < a + 1 ? prefactor * Series(a, x) : 1 - (prefactor * ContinuedFraction(a, x));
    }

    /// <summary>The x at which P(<paramref name="a"/>, x) = <paramref name="p"/>.</summary>
    public static double InverseRegularizedLower(double a, double p)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(a);
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (p == 0)
        {
            return 0;
        }

        if (p == 1)
        {
            return double.PositiveInfinity;
        }

        var logGamma = LogGamma(a);
        var x = InitialGuess(a, p);
        for (var i = 0; i < 100; i++)
        {
            var error = RegularizedLower(a, x) - p;
            var density = Math.Exp(-x + ((a - 1) * Math.Log(x)) - logGamma);
            var u = error / density;
            // Halley's correction, damped so a poor start cannot overshoot wildly.
            var step = u / (1 - (0.5 * Math.Min(1, u * (((a - 1) / x) - 1))));
            var next = x - step;
            x = next <= 0 ? x / 2 : next;
            if (Math.Abs(step) < 1e-14 * x)
            {
                break;
            }
        }

        return x;
    }

    // Numerical Recipes' starting points: Wilson–Hilferty for a > 1, a power-law fit otherwise.
    private static double InitialGuess(double a, double p)
    {
        if (a > 1)
        {
            var pp = p < 0.5 ? p : 1 - p;
            var t = Math.Sqrt(-2 * Math.Log(pp));
            var z = ((2.30753 + (t * 0.27061)) / (1 + (t * (0.99229 + (t * 0.04481))))) - t;
            z = p < 0.5 ? z : -z;
            return Math.Max(1e-3, a * Math.Pow(1 - (1 / (9 * a)) - (z / (3 * Math.Sqrt(a))), 3));
        }

        var cut = 1 - (a * (0.253 + (a * 0.12)));
        return p < cut ? Math.Pow(p / cut, 1 / a) : 1 - Math.Log(1 - ((p - cut) / (1 - cut)));
    }

    private static double Series(double a, double x)
    {
        var term = 1 / a;
        var sum = term;
        for (var n = 1; n < 10_000 && Math.Abs(term) > Math.Abs(sum) * Epsilon; n++)
        {
            term *= x / (a + n);
            sum += term;
        }

        return sum;
    }

    // Modified Lentz evaluation of the continued fraction for Q(a, x) = 1 − P(a, x).
    private static double ContinuedFraction(double a, double x)
    {
        var b = x + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 10_000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            d = Math.Abs(d) < Tiny ? Tiny : d;
            c = b + (an / c);
            c = Math.Abs(c) < Tiny ? Tiny : c;
            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < Epsilon)
            {
                break;
            }
        }

        return h;
    }
}
