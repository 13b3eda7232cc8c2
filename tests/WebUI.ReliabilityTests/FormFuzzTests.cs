// Fuzz: random and hostile values posted to every form, with valid tokens; never a server error, and stored appointments always keep their rules.
using System.Collections.Concurrent;
using System.Net;
using CsCheck;
using Sched.WebUI.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace Sched.WebUI.ReliabilityTests;

public sealed class FormFuzzTests(FuzzApp app, ITestOutputHelper output) : IClassFixture<FuzzApp>
{
    /// <summary>Mostly hostile forms, and a third that a person could send, so that both outcomes are reached.</summary>
    private static readonly Gen<KeyValuePair<string, string>[]> AppointmentForm = Gen.Frequency(
        (2, Hostile.Form(
            ("Title", Hostile.Text), ("Start", Hostile.DateTimeValue), ("End", Hostile.DateTimeValue),
            ("AllDay", Hostile.BoolValue), ("Location", Hostile.Text), ("Description", Hostile.Text))),
        (1, Gen.Select(Hostile.Plain, Hostile.PlainTimes, Gen.Bool, Gen.OneOf(Hostile.Fragments), (title, times, allDay, text) =>
            new KeyValuePair<string, string>[]
            {
                new("Title", title), new("Start", times.Start), new("End", times.End), new("AllDay", allDay ? "true" : "false"),
                new("Location", text), new("Description", text),
            })));

    /// <summary>Sometimes the owner first moves to another time zone, so times are read in zones far from UTC.</summary>
    private static readonly Gen<string?> ZoneFirst = Gen.Frequency(
        (3, Gen.Const((string?)null)),
        (1, Gen.OneOf("Pacific/Kiritimati", "Etc/GMT+12", "Europe/Berlin", "America/St_Johns", "UTC").Select(z => (string?)z)));

    private readonly ConcurrentDictionary<string, int> answers = new();

    [Fact]
    public async Task Login_form_never_fails_and_only_redirects_within_the_site()
    {
        var returnUrl = Gen.Frequency(
            (2, Hostile.Text),
            (1, Gen.OneOf("/appointments/", "//127.0.0.1/", "/\\127.0.0.1/", "http://127.0.0.1/", "javascript:alert(1)", "/%2F127.0.0.1")));
        var form = Gen.Frequency(
            (3, Hostile.Form(("Email", Hostile.Email), ("Password", Hostile.Password), ("RememberMe", Hostile.BoolValue), ("ReturnUrl", returnUrl))),
            (1, returnUrl.Select(url => new KeyValuePair<string, string>[]
            {
                new("Email", FuzzApp.KnownEmail), new("Password", TestData.Password), new("ReturnUrl", url),
            })));

        await form.SampleAsync(async fields => await PostAsVisitorAsync("/login/", fields), iter: 60, threads: 1, print: Hostile.Describe);

        Report("login");
        answers.Keys.Should().Contain(["login 302", "login 200"], "the fuzz should reach both signing in and refusing");
    }

    [Fact]
    public async Task Register_form_never_fails()
    {
        var email = Gen.Frequency((4, Hostile.Email), (1, Gen.Const(FuzzApp.KnownEmail)));
        var password = Gen.Frequency(
            (1, Gen.Select(Hostile.Password, Hostile.Password)),
            (1, Hostile.Password.Select(p => (p, p))));
        var hostile = Gen.Select(Hostile.Form(("Email", email), ("DisplayName", Hostile.Text)), password, (fields, passwords) =>
            (KeyValuePair<string, string>[])[.. fields, new("Password", passwords.Item1), new("ConfirmPassword", passwords.Item2)]);
        var plain = Gen.Select(Hostile.Chars("abcdefghijklmnopqrstuvwxyz", 4, 12), Hostile.Plain, Hostile.Chars("abcdefgh12345678", 8, 20), (local, name, secret) =>
            new KeyValuePair<string, string>[]
            {
                new("Email", $"{local}@example.com"), new("DisplayName", name), new("Password", secret), new("ConfirmPassword", secret),
            });
        var form = Gen.Frequency((3, hostile), (1, plain));

        await form.SampleAsync(async fields => await PostAsVisitorAsync("/register/", fields), iter: 60, threads: 1, print: Hostile.Describe);

        Report("register");
        // A new account, a taken address and a refused form all get a page of their own (200): registration
        // mails a confirmation link, and a taken address must not be told apart from a new one.
        answers.Keys.Should().Contain("register 200").And.NotContain("register 302", "nobody is signed in before confirming");
    }

    [Fact]
    public async Task Create_form_never_fails_and_stores_only_appointments_that_keep_the_rules()
    {
        await Gen.Select(ZoneFirst, AppointmentForm).SampleAsync(async (zone, fields) =>
        {
            await MoveOwnerToAsync(zone);
            Count("create", await app.PostAsync(app.Owner, "/appointments/create/", fields, app.OwnerToken));
            await app.NewestAppointmentOpensAsync();
        }, iter: 80, threads: 1, print: c => $"zone {c.Item1}: {Hostile.Describe(c.Item2)}");

        Report("create");
        answers.Keys.Should().Contain(["create 302", "create 200"], "the fuzz should reach both the stored and the refused outcome");
    }

    [Fact]
    public async Task Edit_form_never_fails_and_changes_only_the_owners_appointments()
    {
        // "Save anyway": the create fuzz may have stored something at that time already, when it ran first.
        using (var seed = await app.Owner.PostFormAsync(
                   "/appointments/create/", [new("Title", "To edit"), new("Start", "2030-01-01T10:00"), new("AllowOverlap", "true")], app.OwnerToken))
        {
            seed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        }

        var target = Gen.Frequency((2, Gen.Const(Target.Own)), (1, Gen.Const(Target.OtherUsers)), (1, Gen.Const(Target.Random)));
        await Gen.Select(ZoneFirst, target, Gen.Int, AppointmentForm).SampleAsync(async (zone, kind, number, fields) =>
        {
            await MoveOwnerToAsync(zone);
            var id = kind switch
            {
                Target.Own => app.OwnAppointmentIds()[(int)((uint)number % app.OwnAppointmentIds().Count)],
                Target.OtherUsers => app.OtherUsersAppointmentId,
                _ => number,
            };
            var answer = await app.PostAsync(app.Owner, $"/appointments/{id}/edit/", fields, app.OwnerToken);
            Count($"edit {kind}", answer);
            if (kind == Target.OtherUsers)
            {
                // Input that breaks a rule is shown again before any lookup (an oversized body is refused
                // before that); valid input finds nothing.
                answer.Should().BeOneOf(
                    [HttpStatusCode.OK, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.RequestEntityTooLarge],
                    "another user's appointment cannot be changed");
                app.Factory.Database.Appointments().Single(a => a.Id == app.OtherUsersAppointmentId).Title.Should().Be("Not yours");
            }

            await app.NewestAppointmentOpensAsync();
        }, iter: 60, threads: 1, print: c => $"zone {c.Item1}, {c.Item2} {c.Item3}: {Hostile.Describe(c.Item4)}");

        // The draws may hold no valid input for the other user's appointment; this one is valid and finds nothing.
        Count($"edit {Target.OtherUsers}", await app.PostAsync(
            app.Owner, $"/appointments/{app.OtherUsersAppointmentId}/edit/", [new("Title", "Mine now"), new("Start", "2030-01-01T10:00")], app.OwnerToken));
        Report("edit");
        answers.Keys.Should().Contain(["edit Own 302", "edit Own 200", "edit OtherUsers 404"]);
        app.Factory.Database.Appointments().Single(a => a.Id == app.OtherUsersAppointmentId).Title.Should().Be("Not yours");
    }

    [Fact]
    public async Task Account_form_never_fails()
    {
        var form = Hostile.Form(("DisplayName", Hostile.Text), ("TimeZoneId", Hostile.TimeZoneValue));

        await form.SampleAsync(async fields =>
        {
            Count("account", await app.PostAsync(app.Owner, "/account/", fields, app.OwnerToken));
            await app.NewestAppointmentOpensAsync();
        }, iter: 50, threads: 1, print: Hostile.Describe);

        Report("account");
    }

    [Fact]
    public async Task Password_form_never_fails()
    {
        var current = Gen.Frequency((3, Hostile.Password), (1, Gen.Const(TestData.Password)));
        var form = Hostile.Form(("CurrentPassword", current), ("NewPassword", Hostile.Password), ("ConfirmNewPassword", Hostile.Password));

        await form.SampleAsync(
            async fields => Count("password", await app.PostAsync(app.Owner, "/account/password/", fields, app.OwnerToken)),
            iter: 50, threads: 1, print: Hostile.Describe);

        Report("password");
    }

    [Fact]
    public async Task Forgot_password_form_never_fails()
    {
        var form = Hostile.Form(("Email", Gen.Frequency((4, Hostile.Email), (1, Gen.Const(FuzzApp.KnownEmail)))));

        // Few tries: every answer of this form takes at least half a second.
        await form.SampleAsync(async fields => await PostAsVisitorAsync("/account/forgot/", fields), iter: 20, threads: 1, print: Hostile.Describe);

        Report("account/forgot");
        answers.Keys.Should().Contain("account/forgot 200");
    }

    [Fact]
    public async Task Reset_password_form_never_fails_whatever_its_token()
    {
        // No NUL: a %00 in a path never reaches the app (Kestrel refuses it; the in-memory test server throws).
        var token = Gen.Frequency((3, Gen.String), (2, Gen.OneOf(Hostile.Fragments)), (2, Hostile.Chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 1, 300)))
            .Where(t => !t.Contains('\0', StringComparison.Ordinal));
        var form = Hostile.Form(("NewPassword", Hostile.Password), ("ConfirmNewPassword", Hostile.Password));

        await Gen.Select(token, form).SampleAsync(async (link, fields) =>
        {
            var (visitor, antiforgery) = await app.NewVisitorAsync();
            using (visitor)
            {
                Count("reset", await app.PostAsync(visitor, $"/account/reset/{Uri.EscapeDataString(link)}/", fields, antiforgery));
            }
        }, iter: 50, threads: 1, print: c => $"token {c.Item1}: {Hostile.Describe(c.Item2)}");

        Report("reset");
        answers.Keys.Should().Contain("reset 200", "a link that does not work is an error on the form");
    }

    private enum Target
    {
        Own,
        OtherUsers,
        Random,
    }

    /// <summary>Posts as a new visitor.</summary>
    private async Task PostAsVisitorAsync(string path, KeyValuePair<string, string>[] fields)
    {
        var (visitor, token) = await app.NewVisitorAsync();
        using (visitor)
        {
            Count(path.Trim('/'), await app.PostAsync(visitor, path, fields, token));
        }
    }

    private async Task MoveOwnerToAsync(string? zone)
    {
        if (zone is not null)
        {
            (await app.PostAsync(app.Owner, "/account/", [new("TimeZoneId", zone)], app.OwnerToken)).Should().Be(HttpStatusCode.Redirect);
        }
    }

    private void Count(string form, HttpStatusCode answer) => answers.AddOrUpdate($"{form} {(int)answer}", 1, (_, n) => n + 1);

    private void Report(string form) =>
        output.WriteLine($"{form}: " + string.Join(", ", answers.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}: {a.Value}")));
}
