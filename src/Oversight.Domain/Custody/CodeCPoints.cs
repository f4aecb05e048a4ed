namespace Oversight.Domain.Custody;

/// <summary>The four areas custody visitors check (ICVA; Kent policy 5.3; dignity since 2019).</summary>
public enum CheckArea
{
    /// <summary>Rights and entitlements under PACE Code C.</summary>
    Rights,

    /// <summary>Health and wellbeing.</summary>
    Health,

    /// <summary>Conditions of the cells and facilities.</summary>
    Conditions,

    /// <summary>Dignity.</summary>
    Dignity,
}

/// <summary>One point visitors check, worded as a question.</summary>
/// <param name="Id">A stable identifier stored with the answer.</param>
/// <param name="Area">The area it belongs to.</param>
/// <param name="Question">The question on the visit form.</param>
/// <param name="MayNotApply">Whether "not applicable" is an answer: a point about what some detainees need (an
/// interpreter, an appropriate adult, a female officer) does not apply when no one held needed it.</param>
public sealed record CheckPoint(string Id, CheckArea Area, string Question, bool MayNotApply = false);

/// <summary>The PACE Code C points on the visit form.</summary>
public static class CodeCPoints
{
    /// <summary>Every point, in the order the form asks them.</summary>
    public static readonly IReadOnlyList<CheckPoint> All =
    [
        new("rights-explained", CheckArea.Rights, "Detainees were told of their rights (legal advice, someone informed, the Codes)"),
        new("legal-advice", CheckArea.Rights, "Free legal advice was offered"),
        new("interpreter", CheckArea.Rights, "An interpreter was provided where needed", MayNotApply: true),
        new("appropriate-adult", CheckArea.Rights, "Children and vulnerable people had an appropriate adult", MayNotApply: true),
        new("meals", CheckArea.Health, "Meals and drinks were offered (2 light meals and 1 main meal in 24 hours)"),
        new("rest", CheckArea.Health, "Detainees had 8 hours' continuous rest"),
        new("exercise", CheckArea.Health, "Brief outdoor exercise was offered where practicable"),
        new("medical", CheckArea.Health, "Medical attention was available when asked for"),
        new("cells-clean", CheckArea.Conditions, "Cells were clean, with clean bedding"),
        new("toilets", CheckArea.Conditions, "Toilets and washing facilities worked and were clean"),
        new("temperature", CheckArea.Conditions, "Cells were at a reasonable temperature and ventilated"),
        new("hygiene", CheckArea.Dignity, "Hygiene packs and menstrual products were available"),
        new("female-officer", CheckArea.Dignity, "Women could speak to a female officer", MayNotApply: true),
        new("privacy", CheckArea.Dignity, "Toilets in cells were screened on the CCTV"),
    ];

    /// <summary>The point with this identifier, or null.</summary>
    public static CheckPoint? Find(string id) => All.FirstOrDefault(p => p.Id == id);
}
