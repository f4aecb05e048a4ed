namespace Oversight.Domain.Performance;

/// <summary>Which way a measure has to move for things to be getting better.</summary>
public enum ImprovementDirection
{
    /// <summary>Higher values are better (for example, positive outcomes).</summary>
    Increase,

    /// <summary>Lower values are better (for example, recorded crime).</summary>
    Decrease,

    /// <summary>Neither direction is better; special causes are reported as "neither".</summary>
    Neutral,
}
