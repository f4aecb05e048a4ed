using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Oversight.Web.Forms;

/// Binds a Core input class a form posts, property by property, the one way pages read what people type: dates from
/// their day, month and year boxes (<see cref="DateParts"/>), yes/no answers and choices (<see cref="Choices"/>), whole
/// numbers, text and ticked boxes. A value that does not read is recorded against its field in the GOV.UK words, so
/// the page saves nothing while <c>ModelState</c> is invalid; the service's rules check the rest. The words naming a
/// field ("the date the time limit is extended to") come from the property's <c>[Display(Name = …)]</c>. Use it as
/// <c>[BindProperty(BinderType = typeof(FormInputBinder))]</c>.
public sealed class FormInputBinder : IModelBinder
{
    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        var model = Activator.CreateInstance(bindingContext.ModelType)!;
        foreach (var property in bindingContext.ModelMetadata.Properties.Where(p => !p.IsReadOnly))
        {
            var name = ModelNames.CreatePropertyModelName(bindingContext.ModelName, property.PropertyName!);
            var what = property.DisplayName ?? property.PropertyName!;
            property.PropertySetter!(model, Read(bindingContext, property.ModelType, name, what));
        }

        bindingContext.Result = ModelBindingResult.Success(model);
        return Task.CompletedTask;
    }

    private static object? Read(ModelBindingContext context, Type type, string name, string what)
    {
        if (type == typeof(DateOnly?))
        {
            var parts = new DateParts { Day = Value(context, name + ".Day"), Month = Value(context, name + ".Month"), Year = Value(context, name + ".Year") };
            foreach (var box in new[] { ".Day", ".Month", ".Year" })
            {
                // The boxes are kept only to be shown again; the date's own entry carries its error, and a box left
                // unvalidated would make the whole form invalid.
                context.ModelState.MarkFieldValid(name + box);
            }

            if (string.IsNullOrWhiteSpace(parts.Day) && string.IsNullOrWhiteSpace(parts.Month) && string.IsNullOrWhiteSpace(parts.Year))
            {
                return null;
            }

            return parts.TryRead(what, out var date, out var error) ? date : Refuse(context, name, error!);
        }

        var text = Value(context, name);
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(List<string>))
        {
            var values = context.ValueProvider.GetValue(name);
            context.ModelState.SetModelValue(name, values);
            return values.Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
        }

        if (type == typeof(bool?))
        {
            return Choices.TryReadYesNo(text, out var answer) ? answer : Refuse(context, name, Choices.NotOffered);
        }

        if (Nullable.GetUnderlyingType(type) is { IsEnum: true } choices)
        {
            return Choices.TryRead(choices, text, out var choice) ? choice : Refuse(context, name, Choices.NotOffered);
        }

        if (type == typeof(int))
        {
            const NumberStyles digits = NumberStyles.None | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;
            if (string.IsNullOrWhiteSpace(text))
            {
                return 0;
            }

            if (int.TryParse(text, digits, CultureInfo.InvariantCulture, out var number))
            {
                return number;
            }

            Refuse(context, name, $"Enter {what} as a whole number, like 3");
            return 0;
        }

        throw new NotSupportedException($"{context.ModelType.Name}: a form input cannot hold a {type.Name}");
    }

    /// The value posted for <paramref name="name"/>, kept in ModelState so the page can show what was typed.
    private static string? Value(ModelBindingContext context, string name)
    {
        var value = context.ValueProvider.GetValue(name);
        context.ModelState.SetModelValue(name, value);
        return value.FirstValue;
    }

    private static object? Refuse(ModelBindingContext context, string name, string message)
    {
        context.ModelState.TryAddModelError(name, message);
        return null;
    }
}
