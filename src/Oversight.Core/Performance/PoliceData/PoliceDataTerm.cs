namespace Oversight.Core.Performance.PoliceData;

/// A word police.uk repeats row after row (a force's name, a place, an area, a crime type, an outcome category),
/// stored once and referred to by number: rows shrink to a third, and writing them is most of an import's time.
public sealed class PoliceDataTerm
{
    public int Id { get; set; }

    public required string Text { get; set; }
}
