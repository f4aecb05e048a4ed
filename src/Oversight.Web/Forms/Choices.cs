using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Oversight.Web.Forms;

/// Reading the answer to radios or a select, the one way: a blank answer is no answer, an offered value is that
/// answer, and anything else (a value no page offers, an enum's number) is refused, so a crafted post can't be saved
/// as "no answer" or as a value the code doesn't know.
public static class Choices
{
    /// The message for a value no page offered.
    public const string NotOffered = "Select one of the options shown";

    /// Reads one of <typeparamref name="T"/>'s names (the values the pages offer); blank reads as null.
    public static bool TryRead<T>(string? value, out T? choice)
        where T : struct, Enum
    {
        var read = TryRead(typeof(T), value, out var found);
        choice = (T?)found;
        return read;
    }

    /// As <see cref="TryRead{T}"/>, for an enum type known only at run time (the form binder).
    public static bool TryRead(Type enumType, string? value, out object? choice)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        choice = null;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (!Enum.GetNames(enumType).Contains(value, StringComparer.Ordinal))
        {
            return false;
        }

        choice = Enum.Parse(enumType, value);
        return true;
    }

    /// Reads "yes" or "no"; blank reads as null.
    public static bool TryReadYesNo(string? value, out bool? answer)
    {
        answer = value switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
        return answer is not null || string.IsNullOrEmpty(value);
    }

    /// Reads <paramref name="value"/> as <see cref="TryRead{T}"/> does, recording <see cref="NotOffered"/> against
    /// <paramref name="field"/> when it does not read, so the page saves nothing.
    public static T? ReadChoice<T>(this ModelStateDictionary state, string field, string? value)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(state);
        if (TryRead<T>(value, out var choice))
        {
            return choice;
        }

        state.AddModelError(field, NotOffered);
        return null;
    }

    /// Reads <paramref name="value"/> as <see cref="TryReadYesNo"/> does, recording an error as
    /// <see cref="ReadChoice{T}"/> does.
    public static bool? ReadYesNo(this ModelStateDictionary state, string field, string? value)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (TryReadYesNo(value, out var answer))
        {
            return answer;
        }

        state.AddModelError(field, NotOffered);
        return null;
    }

    /// The value a yes/no radio posts for <paramref name="answer"/>.
    public static string? YesNoValue(bool? answer) => answer switch
    {
        true => "yes",
        false => "no",
        _ => null,
    };
}
