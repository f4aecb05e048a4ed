namespace Oversight.Domain.Plan;

/// <summary>
/// A set of measures whose data one organisation owns. Data sharing agreements grant other organisations
/// access dataset by dataset; every measure belongs to exactly one dataset.
/// </summary>
/// <param name="Id">Stable identifier, named in agreements.</param>
/// <param name="Name">What the data is, in words a partner recognises.</param>
/// <param name="Owner">Identifier of the organisation that owns the data.</param>
/// <param name="Measures">Identifiers of the measures in the dataset.</param>
/// <param name="Return">How often the owner sends the data and when each return is due.</param>
public sealed record Dataset(string Id, string Name, string Owner, IReadOnlyList<string> Measures, DataReturn Return);
