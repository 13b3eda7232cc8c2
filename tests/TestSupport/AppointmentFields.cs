// Builds the appointment form as a person fills it in, for every test that creates or edits appointments through the web.
namespace Sched.TestSupport;

/// <summary>
/// What a person types into the appointment form: times in the datetime-local format
/// (yyyy-MM-ddTHH:mm) of their own zone; an empty end means one hour later (or the same day).
/// <see cref="AllowOverlap"/> is the overlap warning's "Save anyway" button, sent only when pressed.
/// </summary>
public sealed record AppointmentFields(
    string Title = "Dentist",
    string Start = "2030-05-01T15:30",
    string End = "",
    bool AllDay = false,
    string Location = "",
    string Description = "",
    bool AllowOverlap = false)
{
    public IEnumerable<KeyValuePair<string, string>> ToForm()
    {
        var form = new Dictionary<string, string>
        {
            ["Title"] = Title,
            ["Start"] = Start,
            ["End"] = End,
            ["AllDay"] = AllDay ? "true" : "false",
            ["Location"] = Location,
            ["Description"] = Description,
        };
        if (AllowOverlap)
        {
            form["AllowOverlap"] = "true";
        }

        return form;
    }
}
