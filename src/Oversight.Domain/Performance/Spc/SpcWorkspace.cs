namespace Oversight.Domain.Performance.Spc;

/// <summary>
/// Reusable output buffers for <see cref="SpcEngine"/>, so judging many series allocates nothing
/// per series. Holds the per-point results of the most recent series judged with it.
/// </summary>
public sealed class SpcWorkspace
{
    private double[] _mean = [];
    private double[] _lower = [];
    private double[] _upper = [];
    private SpcRules[] _rules = [];
    private SpcVariation[] _variation = [];
    private SpcGroupLimits[] _groups = [];

    /// <summary>Creates a workspace sized for series of up to <paramref name="points"/> points and <paramref name="rebases"/> rebases; it grows when needed.</summary>
    public SpcWorkspace(int points = 64, int rebases = 4) => EnsureCapacity(points, rebases);

    /// <summary>Number of points in the series last judged.</summary>
    public int Length { get; private set; }

    /// <summary>Number of groups in the series last judged.</summary>
    public int GroupCount { get; internal set; }

    /// <summary>Each point's centre line.</summary>
    public ReadOnlySpan<double> Means => _mean.AsSpan(0, Length);

    /// <summary>Each point's lower process limit; NaN where undefined.</summary>
    public ReadOnlySpan<double> LowerLimits => _lower.AsSpan(0, Length);

    /// <summary>Each point's upper process limit; NaN where undefined.</summary>
    public ReadOnlySpan<double> UpperLimits => _upper.AsSpan(0, Length);

    /// <summary>The rules each point is part of.</summary>
    public ReadOnlySpan<SpcRules> Rules => _rules.AsSpan(0, Length);

    /// <summary>Each point's category once the improvement direction is applied.</summary>
    public ReadOnlySpan<SpcVariation> Variations => _variation.AsSpan(0, Length);

    /// <summary>The groups sharing limits, in order.</summary>
    public ReadOnlySpan<SpcGroupLimits> Groups => _groups.AsSpan(0, GroupCount);

    internal Span<double> MeanBuffer => _mean.AsSpan(0, Length);

    internal Span<double> LowerBuffer => _lower.AsSpan(0, Length);

    internal Span<double> UpperBuffer => _upper.AsSpan(0, Length);

    internal Span<SpcRules> RuleBuffer => _rules.AsSpan(0, Length);

    internal Span<SpcVariation> VariationBuffer => _variation.AsSpan(0, Length);

    internal Span<SpcGroupLimits> GroupBuffer => _groups;

    internal void Reset(int points, int rebases)
    {
        EnsureCapacity(points, rebases);
        Length = points;
        GroupCount = 0;
    }

    private void EnsureCapacity(int points, int rebases)
    {
        if (_mean.Length < points)
        {
            _mean = new double[points];
            _lower = new double[points];
            _upper = new double[points];
            _rules = new SpcRules[points];
            _variation = new SpcVariation[points];
        }

        // Room for every rebase group plus a baseline partition.
        if (_groups.Length < rebases + 2)
        {
            _groups = new SpcGroupLimits[rebases + 2];
        }
    }
}
