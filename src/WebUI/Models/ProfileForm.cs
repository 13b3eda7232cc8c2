using Sched.Application.Users.Commands.UpdateProfile;

namespace Sched.WebUI.Models;

/// <summary>The account page's form: display name, time zone and the first day of a calendar week.</summary>
public sealed class ProfileForm : IFormModel
{
    /// <summary>Every IANA zone this server knows, for the select.</summary>
    public static readonly IReadOnlyList<string> TimeZoneIds =
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Order(StringComparer.Ordinal)];

    public string? DisplayName { get; set; }

    public string? TimeZoneId { get; set; }

    public DayOfWeek FirstDayOfWeek { get; set; } = UserProfile.DefaultFirstDayOfWeek;

    public static ProfileForm From(UserProfile profile) =>
        new() { DisplayName = profile.DisplayName, TimeZoneId = profile.TimeZoneId, FirstDayOfWeek = profile.FirstDayOfWeek };

    public UpdateProfileCommand ToCommand() => new(DisplayName, TimeZoneId, FirstDayOfWeek);
}
