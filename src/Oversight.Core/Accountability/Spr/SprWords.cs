namespace Oversight.Core.Accountability.Spr;

public static class SprWords
{
    public static string Level(AssuranceLevel level) => level switch
    {
        AssuranceLevel.None => "No assurance",
        _ => $"{level} assurance",
    };
}
