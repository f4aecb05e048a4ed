using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Oversight.Core.Custody.Scrutiny;
using Oversight.Core.Custody.Visiting;
using Oversight.Core.Data;
using Oversight.Domain;

namespace Oversight.Core.Custody;

/// The custody suites the visitors cover, with their visit targets, and the scrutiny panels: set up by the office as
/// suites open and close and panels are formed. SaveChanges audits every change.
public sealed class CustodySetup(OversightDbContext db)
{
    public Task<List<CustodySuite>> SuitesAsync(CancellationToken cancellationToken) =>
        db.CustodySuites.AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);

    public Task<CustodySuite?> SuiteAsync(string id, CancellationToken cancellationToken) =>
        db.CustodySuites.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);

    public Task<ScrutinyPanel?> PanelAsync(string id, CancellationToken cancellationToken) =>
        db.ScrutinyPanels.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// Adds a suite (id null) or changes one; the saved suite's id is the key.
    public async Task<Saved> SaveSuiteAsync(string? id, string? name, string? target, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Checks.Text(errors, "Name", name, "Enter the suite's name", 200);
        var perMonth = int.TryParse(target?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : (int?)null;
        if (perMonth is null)
        {
            errors.Add(new("VisitsPerMonthTarget", "Enter visits per month as a whole number, like 4"));
        }
        else if (perMonth is < 1 or > 30)
        {
            errors.Add(new("VisitsPerMonthTarget", "Visits per month must be between 1 and 30"));
        }

        var clean = name?.Trim();
        if (errors.Count == 0 && await db.CustodySuites.AnyAsync(s => s.Name == clean && s.Id != id, cancellationToken))
        {
            errors.Add(new("Name", "A suite with this name already exists"));
        }

        var suite = id is null ? null : await db.CustodySuites.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (id is not null && suite is null)
        {
            return Saved.Missing;
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        if (suite is null)
        {
            suite = new CustodySuite { Id = await NewIdAsync(clean!, db.CustodySuites.Select(s => s.Id), cancellationToken), Name = clean! };
            db.CustodySuites.Add(suite);
        }

        suite.Name = clean!;
        suite.VisitsPerMonthTarget = perMonth!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(suite.Id);
    }

    /// Adds a panel (id null) or changes its name, remit and whether it reviews blind to ethnicity.
    public async Task<Saved> SavePanelAsync(string? id, string? name, string? remit, bool? blind, CancellationToken cancellationToken)
    {
        var errors = new List<FieldError>();
        Checks.Text(errors, "Name", name, "Enter the panel's name", 200);
        Checks.Text(errors, "Remit", remit, "Enter the panel's remit", 2000);
        Checks.Choice(errors, "BlindToEthnicity", blind, "Select whether the panel reviews cases blind to ethnicity");
        var clean = name?.Trim();
        if (errors.Count == 0 && await db.ScrutinyPanels.AnyAsync(p => p.Name == clean && p.Id != id, cancellationToken))
        {
            errors.Add(new("Name", "A panel with this name already exists"));
        }

        var panel = id is null ? null : await db.ScrutinyPanels.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (id is not null && panel is null)
        {
            return Saved.Missing;
        }

        if (errors.Count > 0)
        {
            return Saved.Invalid(errors);
        }

        if (panel is null)
        {
            panel = new ScrutinyPanel { Id = await NewIdAsync(clean!, db.ScrutinyPanels.Select(p => p.Id), cancellationToken), Name = clean!, Remit = "" };
            db.ScrutinyPanels.Add(panel);
        }

        panel.Name = clean!;
        panel.Remit = remit!.Trim();
        panel.BlindToEthnicity = blind!.Value;
        await db.SaveChangesAsync(cancellationToken);
        return Saved.Done(panel.Id);
    }

    /// A readable id for the address bar, from the name; never "new", which the add pages' addresses use.
    private static async Task<string> NewIdAsync(string name, IQueryable<string> taken, CancellationToken cancellationToken)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var trimmed = slug.ToString().Trim('-');
        var stem = trimmed is "" or "new" ? $"custody-{trimmed}".TrimEnd('-') : trimmed[..Math.Min(trimmed.Length, 80)];
        var existing = await taken.ToListAsync(cancellationToken);
        var id = stem;
        for (var n = 2; existing.Contains(id, StringComparer.Ordinal); n++)
        {
            id = $"{stem}-{n}";
        }

        return id;
    }
}
