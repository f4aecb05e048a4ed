using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Oversight.Core.Accountability.Bodies;
using Oversight.Web.Components;
using Oversight.Web.Security;

namespace Oversight.Web.Pages.Accountability.Bodies;

/// The fields of a body, shared by the pages that add and change one.
public abstract class BodyFormModel(CurrentUser current, Core.Accountability.Bodies.Bodies bodies) : AccountabilityPageModel(current)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Kind { get; set; }

    [BindProperty]
    public string? ParentKey { get; set; }

    [BindProperty]
    public string? CountsAs { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    [BindProperty]
    public string? Chair { get; set; }

    [BindProperty]
    public string? Secretariat { get; set; }

    [BindProperty]
    public string? Frequency { get; set; }

    [BindProperty]
    public string? IsPublic { get; set; }

    [BindProperty]
    public string? NoticeClearDays { get; set; } = Body.StatutoryNoticeClearDays.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<Choice> Kinds { get; } = Enum.GetValues<BodyKind>().Select(k => new Choice(k.ToString(), k.ToString())).ToList();

    public IReadOnlyList<Choice> Parents { get; private set; } = [];

    protected Core.Accountability.Bodies.Bodies Bodies { get; } = bodies;

    public abstract string Heading { get; }

    public abstract string Back { get; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Parents = (await Bodies.ListAsync(HttpContext.RequestAborted)).Select(b => new Choice(b.Key, b.Name)).ToList();
        await next();
    }

    protected BodyDetails Read() => new(
        Name, Enum.TryParse<BodyKind>(Kind, out var kind) ? kind : null, ParentKey, CountsAs, Description, Chair, Secretariat, Frequency,
        IsPublic == "yes", int.TryParse(NoticeClearDays, System.Globalization.CultureInfo.InvariantCulture, out var days) ? days : null);

    protected void Fill(Body body)
    {
        ArgumentNullException.ThrowIfNull(body);
        (Name, Kind, ParentKey, CountsAs, Description, Chair, Secretariat, Frequency) =
            (body.Name, body.Kind.ToString(), body.ParentKey, body.CountsAs, body.Description, body.Chair, body.Secretariat, body.Frequency);
        IsPublic = body.IsPublic ? "yes" : "no";
        NoticeClearDays = body.NoticeClearDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
