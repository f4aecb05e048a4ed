using Oversight.Domain.Performance.Spc;

namespace Oversight.Web.Performance;

/// An icon drawn in a 24-unit box. Each judgement has its own shape or letter as well as its own colour, so
/// nobody needs to tell colours apart to read it.
public sealed record JudgementIcon(string Path, string Colour, string Letter, string Text, bool Outline = false)
{
    private const string Circle = "M2 12a10 10 0 1 0 20 0a10 10 0 1 0 -20 0Z";
    private const string TriangleUp = "M12 1L23 22H1Z";
    private const string TriangleDown = "M1 2H23L12 23Z";
    private const string Diamond = "M12 0L24 12L12 24L0 12Z";
    private const string Square = "M2 2H22V22H2Z";

    public const string Grey = "#505a5f";
    public const string Blue = "#1d70b8";
    public const string Orange = "#b5460b";
    public const string Purple = "#4c2c92";

    public static JudgementIcon For(SpcVariation? variation) => new(
        Shape(variation?.ToSpecialCause(), variation is SpcVariation.ImprovementLow),
        ColourOf(variation?.ToSpecialCause()),
        variation switch
        {
            SpcVariation.ConcernHigh or SpcVariation.NeitherHigh => "H",
            SpcVariation.ConcernLow or SpcVariation.NeitherLow => "L",
            _ => "",
        },
        JudgementText.Variation(variation),
        variation is null);

    public static JudgementIcon For(SpcAssurance? assurance) => new(
        Circle,
        assurance switch
        {
            SpcAssurance.ConsistentlyPass => Blue,
            SpcAssurance.ConsistentlyFail => Orange,
            _ => Grey,
        },
        assurance switch
        {
            SpcAssurance.ConsistentlyPass => "P",
            SpcAssurance.ConsistentlyFail => "F",
            null => "",
            _ => "?",
        },
        JudgementText.Assurance(assurance),
        assurance is null);

    /// A chart point's marker: the same shapes as the variation icons.
    public static JudgementIcon ForPoint(SpcPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return For(point.Variation);
    }

    private static string Shape(SpecialCause? cause, bool low) => cause switch
    {
        SpecialCause.Improvement => low ? TriangleDown : TriangleUp,
        SpecialCause.Concern => Diamond,
        SpecialCause.Neither => Square,
        _ => Circle,
    };

    private static string ColourOf(SpecialCause? cause) => cause switch
    {
        SpecialCause.Improvement => Blue,
        SpecialCause.Concern => Orange,
        SpecialCause.Neither => Purple,
        _ => Grey,
    };
}
