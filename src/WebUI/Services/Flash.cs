using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Sched.WebUI.Services;

/// <summary>How a flash message looks: each maps to a Bootstrap alert colour.</summary>
public enum FlashCategory
{
    Success,
    Info,
    Warning,
    Danger,
}

/// <summary>One message for the next page the user sees.</summary>
public sealed record FlashMessage(FlashCategory Category, string Text);

/// <summary>
/// Flask's <c>flash()</c>: messages kept in TempData until the next page shows them once, in the
/// layout. The one way Sched tells a user what just happened after a redirect.
/// </summary>
public static class FlashMessages
{
    /// <summary>
    /// How many messages may wait. TempData travels in a cookie, so a client that posts again and
    /// again without opening a page (a script, a form sent twice) would otherwise grow the cookie
    /// until its requests are refused as too large (431); the oldest messages go first.
    /// </summary>
    private const int MaxWaiting = 5;

    private const string Key = "sched.flash";

    public static void Flash(this ITempDataDictionary tempData, FlashCategory category, string text)
    {
        var message = new FlashMessage(category, text);
        var waiting = Read(tempData.Peek(Key));

        // The same message twice in a row says nothing new: "Appointment created." once, not once per create.
        var messages = waiting.Count > 0 && waiting[^1] == message ? waiting : [.. waiting, message];
        tempData[Key] = JsonSerializer.Serialize(messages.TakeLast(MaxWaiting));
    }

    /// <summary>Returns the waiting messages and removes them, so each is shown once.</summary>
    public static IReadOnlyList<FlashMessage> TakeFlashes(this ITempDataDictionary tempData) => Read(tempData[Key]);

    private static IReadOnlyList<FlashMessage> Read(object? stored) =>
        stored is string json ? JsonSerializer.Deserialize<List<FlashMessage>>(json) ?? [] : [];
}
