namespace Oversight.Core.Accountability.Spr;

/// One of the national threats the Home Secretary's Strategic Policing Requirement names.
public sealed record SprThreat(string Id, string Name)
{
    public static readonly IReadOnlyList<SprThreat> All =
    [
        new("violence-against-women-and-girls", "Violence against women and girls"),
        new("terrorism", "Terrorism"),
        new("serious-and-organised-crime", "Serious and organised crime"),
        new("national-cyber-incident", "National cyber incident"),
        new("child-sexual-abuse", "Child sexual abuse"),
        new("public-disorder", "Public disorder"),
        new("civil-emergencies", "Civil emergencies"),
    ];

    public static SprThreat? Find(string? id) => All.FirstOrDefault(t => t.Id == id);
}

/// How much assurance the office takes from the force's update, in the words of audit opinions.
public enum AssuranceLevel
{
    Substantial,
    Reasonable,
    Limited,
    None,
}
