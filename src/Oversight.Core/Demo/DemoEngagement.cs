using Oversight.Core.Data;
using Oversight.Core.Engagement;
using Oversight.Core.Engagement.Coding;
using Oversight.Domain;
using Oversight.Domain.Engagement;

namespace Oversight.Core.Demo;

/// Individual invented responses to the 2024/25 consultations the annual report describes, built so that counting
/// them gives the report's figures exactly (60/40, 73/27, 64%, 62%; children 86%, 84%, 57%). Splits the report does
/// not give (the precept, women and girls, young people's worries) are invented. Free text is written from the
/// causes and remedies the report lists, coded by one analyst with a double-coded sample.
public sealed class DemoEngagement(OversightDbContext db, TimeProvider clock)
{
    public const string Plan = "plan-2024";
    public const string Children = "children-2024";
    public const string YoungPeople = "young-people-2024";
    public const string WomenAndGirls = "women-and-girls-2024";
    public const string Precept = "precept-2025-26";
    public const string PreviousPrecept = "precept-2024-25";
    public const string Coder = "analyst@demo.oversight.test";
    public const string CheckCoder = "admin@demo.oversight.test";

    private static readonly (string District, int Weight)[] Districts = [("Bradford", 24), ("Calderdale", 8), ("Kirklees", 19), ("Leeds", 34), ("Wakefield", 15)];
    private static readonly (string Band, int Weight)[] AdultAges = [("18-24", 9), ("25-34", 17), ("35-44", 18), ("45-54", 18), ("55-64", 18), ("65-74", 13), ("75+", 7)];
    private static readonly (string Sex, int Weight)[] Sexes = [("Female", 55), ("Male", 42), ("Prefer not to say", 3)];
    private static readonly (string Group, int Weight)[] Ethnicities =
        [("White", 76), ("Asian or Asian British", 15), ("Black, Black British, Caribbean or African", 3), ("Mixed or multiple", 3), ("Other ethnic group", 1), ("Prefer not to say", 2)];

    private readonly Random random = new(2024);

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        var plan = PlanConsultation();
        db.Consultations.Add(plan);
        db.Respondents.AddRange(PlanRespondents(plan));
        foreach (var consultation in new[] { ChildrenSurvey(), YoungPeopleSurvey(), WomenAndGirlsSurvey(), PreceptEngagement(Precept, 2025, 503, 271), PreceptEngagement(PreviousPrecept, 2024, 412, 198) })
        {
            db.Consultations.Add(consultation.Consultation);
            db.Respondents.AddRange(consultation.Respondents);
        }

        var themes = FreeTextCoding.SeedThemes.Concat(DemoFreeText.RemedyThemes)
            .Select((t, i) => new CodebookTheme { ConsultationId = plan.Id, Key = t.Key, Name = t.Name, Description = t.Description, Position = i + 1 });
        db.CodebookThemes.AddRange(themes);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Consultation PlanConsultation() => Build(Plan, "Police and Crime Plan consultation 2024", ConsultationPurpose.Plan,
        [ConsultationChannel.OnlineSurvey, ConsultationChannel.InPersonEvent, ConsultationChannel.PartnerSession], new(2024, 7, 1), new(2024, 10, 31),
        [
            ("feel-safe-yes-no", "Do you feel safe in your local area?", QuestionKind.YesNo),
            ("feel-safe", "How safe do you feel in your local area?", QuestionKind.Likert),
            ("violence-affects-area", "Do you feel that violence has an effect on your local area?", QuestionKind.YesNo),
            ("safety-night-day", "Do your feelings of safety differ between night and day?", QuestionKind.YesNo),
            (DemoFreeText.Causes, "What do you think are the causes of violence in your local area?", QuestionKind.FreeText),
            (DemoFreeText.Remedies, "What would help to tackle and prevent violence in your local area?", QuestionKind.FreeText),
        ]);

    private List<Respondent> PlanRespondents(Consultation plan)
    {
        // 1,500 asked in person (yes/no: 73% yes), 4,600 online (Likert: 2,944 = 64% very or quite safe).
        const int inPerson = 1500;
        const int online = 4600;
        var respondents = Enumerable.Range(0, inPerson + online)
            .Select(i => Adult(plan.Id, i < inPerson ? ConsultationChannel.InPersonEvent : ConsultationChannel.OnlineSurvey))
            .ToList();
        var personal = respondents.Take(inPerson).ToList();
        var web = respondents.Skip(inPerson).ToList();
        Answer(personal, "feel-safe-yes-no", ("yes", 1095), ("no", 405));
        Answer(web, "feel-safe", (LikertScale.VerySafe, 1012), (LikertScale.QuiteSafe, 1932), (LikertScale.Neither, 690), (LikertScale.QuiteUnsafe, 644), (LikertScale.VeryUnsafe, 322));
        Answer(respondents, "violence-affects-area", ("yes", 3660), ("no", 2440));
        Answer(respondents, "safety-night-day", ("yes", 3782), ("no", 2318));
        var freeText = new DemoFreeText(random, clock.GetUtcNow());
        freeText.Write(respondents, Coder, CheckCoder);
        db.AnswerCodings.AddRange(freeText.Codings);
        db.ApprovedQuotes.AddRange(freeText.Quotes);
        return respondents;
    }

    private (Consultation Consultation, List<Respondent> Respondents) ChildrenSurvey()
    {
        var consultation = Build(Children, "Children's survey 2024 (ages 6 to 17)", ConsultationPurpose.Plan, [ConsultationChannel.YouthSurvey],
            new(2024, 7, 1), new(2024, 10, 31),
            [
                ("safe-local-area", "Do you feel safe in your local area?", QuestionKind.YesNo),
                ("safe-school", "Do you feel safe at school?", QuestionKind.YesNo),
                ("safe-online", "Do you feel safe when you go online?", QuestionKind.YesNo),
            ]);
        var respondents = Enumerable.Range(0, 887).Select(_ => Young(consultation.Id, random.Next(2) == 0 ? "6-11" : "12-17")).ToList();
        Answer(respondents, "safe-local-area", ("yes", 763), ("no", 124));
        Answer(respondents, "safe-school", ("yes", 745), ("no", 142));
        Answer(respondents, "safe-online", ("yes", 506), ("no", 381));
        return (consultation, respondents);
    }

    private (Consultation Consultation, List<Respondent> Respondents) YoungPeopleSurvey()
    {
        var consultation = Build(YoungPeople, "Young people's survey 2024 (ages 18 to 24)", ConsultationPurpose.Plan, [ConsultationChannel.YouthSurvey],
            new(2024, 7, 1), new(2024, 10, 31),
            [("worries-most", "Which other crime type worries you the most?", QuestionKind.SingleChoice)]);
        consultation.Questions[0].Options =
        [
            new("neighbourhood-crime", "Neighbourhood crime (burglary, robbery, car crime)"), new("violent-crime", "Violent crime"),
            new("sexually-motivated-crime", "Sexually motivated crime"), new("other", "Something else"),
        ];
        var respondents = Enumerable.Range(0, 201).Select(_ => Young(consultation.Id, "18-24")).ToList();
        Answer(respondents, "worries-most", ("neighbourhood-crime", 78), ("violent-crime", 56), ("sexually-motivated-crime", 39), ("other", 28));
        return (consultation, respondents);
    }

    private (Consultation Consultation, List<Respondent> Respondents) WomenAndGirlsSurvey()
    {
        var consultation = Build(WomenAndGirls, "Women and girls: safety in public spaces 2024", ConsultationPurpose.Plan,
            [ConsultationChannel.OnlineSurvey, ConsultationChannel.PartnerSession], new(2024, 7, 1), new(2024, 10, 31),
            [("public-spaces-after-dark", "How safe do you feel in public spaces after dark?", QuestionKind.Likert)]);
        var respondents = Enumerable.Range(0, 140).Select(i => Adult(consultation.Id, i < 90 ? ConsultationChannel.OnlineSurvey : ConsultationChannel.PartnerSession)).ToList();
        respondents.ForEach(r => r.Sex = "Female");
        Answer(respondents, "public-spaces-after-dark", (LikertScale.VerySafe, 8), (LikertScale.QuiteSafe, 34), (LikertScale.Neither, 22), (LikertScale.QuiteUnsafe, 46), (LikertScale.VeryUnsafe, 30));
        return (consultation, respondents);
    }

    // January's in-person precept engagement; the year before is there so the two can be compared.
    private (Consultation Consultation, List<Respondent> Respondents) PreceptEngagement(string slug, int year, int people, int yes)
    {
        var consultation = Build(slug, $"Police precept engagement {FinancialYear.Label(year)}", ConsultationPurpose.Precept, [ConsultationChannel.InPersonEvent],
            new(year, 1, 6), new(year, 1, 31),
            [("support-increase", $"Would you support an increase in the policing part of council tax for {FinancialYear.Label(year)}?", QuestionKind.YesNo)]);
        var respondents = Enumerable.Range(0, people).Select(_ => Adult(consultation.Id, ConsultationChannel.InPersonEvent)).ToList();
        Answer(respondents, "support-increase", ("yes", yes), ("no", people - yes));
        return (consultation, respondents);
    }

    private static Consultation Build(string slug, string title, ConsultationPurpose purpose, List<ConsultationChannel> channels, DateOnly opens, DateOnly closes, (string Key, string Text, QuestionKind Kind)[] questions)
    {
        var consultation = new Consultation { Slug = slug, Title = title, Purpose = purpose, Channels = channels, OpensOn = opens, ClosesOn = closes };
        consultation.Questions.AddRange(questions.Select((q, i) => new ConsultationQuestion
        {
            ConsultationId = consultation.Id,
            Key = q.Key,
            Text = q.Text,
            Kind = q.Kind,
            Position = i + 1,
            Options = [.. q.Kind.FixedOptions()],
        }));
        return consultation;
    }

    /// Gives exactly the stated number of respondents each answer, in a shuffled order.
    private void Answer(List<Respondent> respondents, string question, params (string Option, int Count)[] counts)
    {
        var answers = counts.SelectMany(c => Enumerable.Repeat(c.Option, c.Count)).ToArray();
        if (answers.Length != respondents.Count)
        {
            throw new InvalidOperationException($"Demo {question}: {answers.Length} answers for {respondents.Count} respondents");
        }

        random.Shuffle(answers);
        for (var i = 0; i < answers.Length; i++)
        {
            respondents[i].Answers[question] = answers[i];
        }
    }

    private Respondent Adult(Guid consultationId, ConsultationChannel channel) => new()
    {
        ConsultationId = consultationId,
        Channel = channel,
        District = Pick(Districts),
        AgeBand = Pick(AdultAges),
        Sex = Pick(Sexes),
        Ethnicity = Pick(Ethnicities),
        Victim = random.Next(100) < 24,
    };

    private Respondent Young(Guid consultationId, string ageBand) => new()
    {
        ConsultationId = consultationId,
        Channel = ConsultationChannel.YouthSurvey,
        District = Pick(Districts),
        AgeBand = ageBand,
        Sex = Pick(Sexes),
        Ethnicity = Pick(Ethnicities),
    };

    private string Pick((string Value, int Weight)[] choices)
    {
        var roll = random.Next(choices.Sum(c => c.Weight));
        foreach (var (value, weight) in choices)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return choices[^1].Value;
    }
}
