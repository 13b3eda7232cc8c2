// The appointment pages as a browser uses them: create, edit, the list, the detail page and its script delete.
using System.Net;
using System.Text.Json;

namespace Sched.WebUI.IntegrationTests.Infrastructure;

public static class AppointmentPages
{
    public static string DetailPath(int id) => $"/appointments/{id}/";

    public static string EditPath(int id) => $"/appointments/{id}/edit/";

    public static string DeletePath(int id) => $"/appointments/{id}/delete/";

    /// <summary>Fills in and submits the create form.</summary>
    public static Task<HttpResponseMessage> CreateAppointmentAsync(this HttpClient client, AppointmentFields fields) =>
        client.SubmitFormAsync("/appointments/create/", fields.ToForm());

    /// <summary>Creates an appointment (which must work) and returns its id, read from the list it lands on.</summary>
    public static async Task<int> CreateAppointmentAndGetIdAsync(this HttpClient client, AppointmentFields fields)
    {
        var before = await client.ListedAppointmentIdsAsync();
        using var created = await client.CreateAppointmentAsync(fields);
        created.StatusCode.Should().Be(HttpStatusCode.Redirect, "the appointment should be created");
        return (await client.ListedAppointmentIdsAsync()).Except(before).Should().ContainSingle().Subject;
    }

    /// <summary>Opens the edit form of the appointment and submits it with these fields.</summary>
    public static Task<HttpResponseMessage> EditAppointmentAsync(this HttpClient client, int id, AppointmentFields fields) =>
        client.SubmitFormAsync(EditPath(id), fields.ToForm());

    /// <summary>What the detail page's script sends: HTTP DELETE with the token in a header (none when null).</summary>
    public static Task<HttpResponseMessage> DeleteFromScriptAsync(this HttpClient client, int id, string? antiforgeryToken)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, DeletePath(id));
        if (antiforgeryToken is not null)
        {
            request.Headers.Add("RequestVerificationToken", antiforgeryToken);
        }

        return client.SendAsync(request);
    }

    /// <summary>The <c>status</c> of a JSON answer to the page's script, e.g. "OK" or "Not Found".</summary>
    public static async Task<string?> JsonStatusAsync(this HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("status").GetString();
    }

    /// <summary>The ids on one page of the client's whole appointment list (past ones too), in its order.</summary>
    public static async Task<IReadOnlyList<int>> ListedAppointmentIdsAsync(this HttpClient client, int page = 1) =>
        PageHtml.ListedAppointmentIds(await client.GetPageHtmlAsync($"/appointments/?show=all&page={page}"));

    /// <summary>The text of the detail page's "when" line, e.g. "2030-05-01 - Wednesday at 3:30pm for 1 hour".</summary>
    public static async Task<string> WhenShownAsync(this HttpClient client, int id) =>
        PageHtml.MarkedText(await client.GetPageHtmlAsync(DetailPath(id)), "when");
}
