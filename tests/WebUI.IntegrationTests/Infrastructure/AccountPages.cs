// The account pages as a browser uses them: registration and confirmation links, the profile form, the address and password forms and the forgotten-password pages.
namespace Sched.WebUI.IntegrationTests.Infrastructure;

public static class AccountPages
{
    /// <summary>Fills in and submits the registration form, with the password typed twice.</summary>
    public static Task<HttpResponseMessage> RegisterAsync(this HttpClient client, string email, string displayName, string password) =>
        client.SubmitFormAsync("/register/", new Dictionary<string, string>
        {
            ["Email"] = email,
            ["DisplayName"] = displayName,
            ["Password"] = password,
            ["ConfirmPassword"] = password,
        });

    /// <summary>Opens a mailed confirmation link (of a new account or of a new address) and presses its one button.</summary>
    public static Task<HttpResponseMessage> ConfirmAsync(this HttpClient client, string linkPath) =>
        client.SubmitFormAsync(linkPath, []);

    /// <summary>Submits the change-of-address form with the new address and the current password.</summary>
    public static Task<HttpResponseMessage> ChangeEmailAsync(this HttpClient client, string newEmail, string currentPassword) =>
        client.SubmitFormAsync("/account/email/", new Dictionary<string, string> { ["NewEmail"] = newEmail, ["CurrentPassword"] = currentPassword });

    /// <summary>Submits the account page with this display name and time zone id (empty for the server's default).</summary>
    public static Task<HttpResponseMessage> SaveProfileAsync(this HttpClient client, string displayName, string timeZoneId) =>
        client.SubmitFormAsync("/account/", new Dictionary<string, string> { ["DisplayName"] = displayName, ["TimeZoneId"] = timeZoneId });

    /// <summary>Submits the account page with the default zone and the day the calendar's weeks begin on.</summary>
    public static Task<HttpResponseMessage> SaveFirstDayOfWeekAsync(this HttpClient client, DayOfWeek firstDayOfWeek) =>
        client.SubmitFormAsync("/account/", new Dictionary<string, string>
        {
            ["DisplayName"] = "", ["TimeZoneId"] = "", ["FirstDayOfWeek"] = firstDayOfWeek.ToString(),
        });

    /// <summary>Submits the change-password form, with the new password typed twice.</summary>
    public static Task<HttpResponseMessage> ChangePasswordAsync(this HttpClient client, string currentPassword, string newPassword) =>
        client.SubmitFormAsync("/account/password/", new Dictionary<string, string>
        {
            ["CurrentPassword"] = currentPassword,
            ["NewPassword"] = newPassword,
            ["ConfirmNewPassword"] = newPassword,
        });

    /// <summary>Submits the forgotten-password form with this email.</summary>
    public static Task<HttpResponseMessage> ForgotPasswordAsync(this HttpClient client, string email) =>
        client.SubmitFormAsync("/account/forgot/", new Dictionary<string, string> { ["Email"] = email });

    /// <summary>Opens a reset link's page and submits its form with the new password typed twice.</summary>
    public static Task<HttpResponseMessage> ResetPasswordAsync(this HttpClient client, string linkPath, string newPassword) =>
        client.SubmitFormAsync(linkPath, new Dictionary<string, string>
        {
            ["NewPassword"] = newPassword,
            ["ConfirmNewPassword"] = newPassword,
        });
}
