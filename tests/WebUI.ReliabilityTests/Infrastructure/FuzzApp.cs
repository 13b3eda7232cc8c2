// The app under fuzz: one in-memory app with a signed-in owner, another user's appointment, and new visitors on demand, all with valid tokens.
using System.Net;
using Sched.Domain.Appointments;

namespace Sched.WebUI.ReliabilityTests.Infrastructure;

public sealed class FuzzApp : IAsyncLifetime
{
    public const string OwnerEmail = "owner@example.com";
    public const string KnownEmail = "known@example.com";
    private const string OtherEmail = "other@example.com";

    /// <summary>Answers a form may give to any input: shown again (200), done (302), no such appointment (404), too large (413).</summary>
    private static readonly HttpStatusCode[] FormAnswers =
        [HttpStatusCode.OK, HttpStatusCode.Redirect, HttpStatusCode.NotFound, HttpStatusCode.RequestEntityTooLarge];

    public SchedAppFactory Factory { get; } = SchedAppFactory.RecordingErrors();

    /// <summary>The signed-in user whose forms are fuzzed.</summary>
    public HttpClient Owner { get; private set; } = null!;

    public string OwnerToken { get; private set; } = string.Empty;

    public string OwnerId { get; private set; } = string.Empty;

    /// <summary>An appointment of another user, which the owner must not be able to change.</summary>
    public int OtherUsersAppointmentId { get; private set; }

    public async Task InitializeAsync()
    {
        OwnerId = await Factory.CreateUserAsync(OwnerEmail);
        await Factory.CreateUserAsync(KnownEmail);
        await Factory.CreateUserAsync(OtherEmail);
        using (var other = Factory.CreateBrowserClient())
        {
            await other.LogInSuccessfullyAsync(OtherEmail, TestData.Password);
            var token = await other.GetAntiforgeryTokenAsync("/appointments/create/");
            using var created = await other.PostFormAsync("/appointments/create/", new AppointmentFields(Title: "Not yours", Start: "2030-01-01T10:00").ToForm(), token);
            created.StatusCode.Should().Be(HttpStatusCode.Redirect);
            OtherUsersAppointmentId = Factory.Database.Appointments().Single().Id;
        }

        Owner = Factory.CreateBrowserClient();
        await Owner.LogInSuccessfullyAsync(OwnerEmail, TestData.Password);
        OwnerToken = await Owner.GetAntiforgeryTokenAsync("/appointments/create/");
    }

    /// <summary>A new visitor with the login page's token, so no post depends on what the last one did.</summary>
    public async Task<(HttpClient Client, string Token)> NewVisitorAsync()
    {
        var client = Factory.CreateBrowserClient();
        return (client, await client.GetAntiforgeryTokenAsync("/login/"));
    }

    /// <summary>The owner's appointments, newest first.</summary>
    public IReadOnlyList<int> OwnAppointmentIds() =>
        [.. Factory.Database.Appointments().Where(a => a.OwnerId == OwnerId).Select(a => a.Id).OrderDescending()];

    /// <summary>
    /// Posts a form and checks the answer is one a form may give (never a 5xx), that a redirect
    /// stays on this site and the page it leads to does not fail, and that every stored appointment still keeps the rules.
    /// </summary>
    public async Task<HttpStatusCode> PostAsync(HttpClient client, string path, KeyValuePair<string, string>[] fields, string token)
    {
        var errorsBefore = Factory.Errors.All.Count;
        using var response = await client.PostFormAsync(path, fields, token);
        var because = $"POST {path} with {Hostile.Describe(fields)} logged: {string.Join("\n", Factory.Errors.All.Skip(errorsBefore))}";
        if (fields.Any(f => f.Value.Contains('\0', StringComparison.Ordinal)))
        {
            // ASP.NET Core's form reader refuses %00 anywhere in a form: the request is a bad one (if not too large first).
            response.StatusCode.Should().BeOneOf([HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge], because);
        }
        else
        {
            response.StatusCode.Should().BeOneOf(FormAnswers, because);
        }


        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var target = response.Headers.Location?.OriginalString ?? string.Empty;
            target.Should().MatchRegex("^/[^/\\\\]", "a form only ever redirects within the site");
            using var page = await client.GetAsync(target);
            ((int)page.StatusCode).Should().BeLessThan(500, $"GET {target} after {because}");
        }

        Factory.Errors.All.Skip(errorsBefore).Should().BeEmpty(because);
        StoredAppointmentsKeepTheRules();
        return response.StatusCode;
    }

    /// <summary>The owner's newest appointment opens on its detail and edit pages, whatever it holds.</summary>
    public async Task NewestAppointmentOpensAsync()
    {
        foreach (var id in OwnAppointmentIds().Take(1))
        {
            foreach (var path in new[] { $"/appointments/{id}/", $"/appointments/{id}/edit/", "/appointments/" })
            {
                using var page = await Owner.GetAsync(path);
                page.StatusCode.Should().Be(HttpStatusCode.OK, $"GET {path} logged: {string.Join("\n", Factory.Errors.All)}");
            }
        }
    }

    public Task DisposeAsync()
    {
        Owner.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }

    private void StoredAppointmentsKeepTheRules()
    {
        var users = Factory.Database.UserIds();
        foreach (var appointment in Factory.Database.Appointments())
        {
            appointment.Title?.Length.Should().BeLessThanOrEqualTo(Appointment.TitleMaxLength);
            appointment.Location?.Length.Should().BeLessThanOrEqualTo(Appointment.LocationMaxLength);
            appointment.Description?.Length.Should().BeLessThanOrEqualTo(Appointment.DescriptionMaxLength);
            appointment.End.Should().BeOnOrAfter(appointment.Start, $"appointment {appointment.Id} cannot end before it starts");
            users.Should().Contain(appointment.OwnerId, $"appointment {appointment.Id} belongs to a real user");
        }
    }
}
