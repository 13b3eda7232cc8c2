// CsCheck generators of random and hostile input: huge and control-character strings, RTL and emoji, SQL and HTML fragments, bad dates, repeated or missing fields.
using System.Globalization;
using CsCheck;

namespace Sched.WebUI.ReliabilityTests.Infrastructure;

public static class Hostile
{
    /// <summary>Values that have broken web apps before.</summary>
    public static readonly string[] Fragments =
    [
        "'; DROP TABLE Appointments; --", "\" OR \"1\"=\"1", "1; DELETE FROM AspNetUsers", "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}}", "@(1+1)", "${jndi:ldap://127.0.0.1/a}",
        "\0", "a\0b", "\u202Egnp.exe", "\u200F\u200E\u200B", "مرحبا بالعالم", "שלום", "😀👩‍👩‍👧‍👦🏳️‍🌈", "\uD800", "\uDFFF\uD800",
        "\r\n\t\v\f", "   ", "", "null", "NaN", "-1", "0", "%00", "%", "&", "=", "+", "../../etc/passwd", "C:\\Windows\\win.ini",
    ];

    /// <summary>Lengths at and just past every limit of the forms and the account rules.</summary>
    public static readonly int[] Boundaries = [7, 8, 100, 101, 255, 256, 1_024, 1_025, 10_000, 10_001, 20_000];

    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    public static readonly Gen<string> ControlCharacters = Gen.Char[(char)0, (char)31].Array[1, 20].Select(c => new string(c));

    /// <summary>Up to ~20 KB of one repeated character, Latin, accented, RTL or astral (two UTF-16 units).</summary>
    public static readonly Gen<string> Huge =
        Gen.Select(Gen.Frequency((1, Gen.Int[250, 20_000]), (1, Gen.OneOf(Boundaries))), Gen.OneOf("x", "é", "ش", "😀", " "),
            (length, unit) => string.Concat(Enumerable.Repeat(unit, Math.Max(1, length / unit.Length))));

    /// <summary>Any text at all, weighted towards the hostile.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (3, Gen.String),
        (3, Gen.OneOf(Fragments)),
        (1, ControlCharacters),
        (1, Huge),
        (2, Chars(Letters, 0, 40)));

    /// <summary>A wall-clock time as the form's input sends it (yyyy-MM-ddTHH:mm), or something that is not one.</summary>
    public static readonly Gen<string> DateTimeValue = Gen.Frequency(
        (4, Gen.DateTime.Select(d => d.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture))),
        (3, Gen.OneOf(
            "0001-01-01T00:00", "9999-12-31T23:59", "9999-12-31T23:30", "9999-12-31T00:00", "0001-01-01T23:59",
            "2024-03-31T02:30", "2024-10-27T02:30", "2024-03-10T02:30", "2013-02-30T10:00", "2013-13-01T10:00",
            "2013-05-01T25:61", "2013-05-01", "10:00", "2013-05-01T10:00:00Z", "2013-05-01T10:00+14:00", "yesterday", "1e10")),
        (1, Text));

    public static readonly Gen<string> BoolValue = Gen.Frequency(
        (4, Gen.OneOf("true", "false")),
        (1, Gen.OneOf("on", "True", "1", "", "yes", "true,false")),
        (1, Text));

    /// <summary>IANA ids at the ends of the offset range, with daylight saving, and ids that are not ones.</summary>
    public static readonly Gen<string> TimeZoneValue = Gen.Frequency(
        (3, Gen.OneOf("Pacific/Kiritimati", "Etc/GMT+12", "Europe/Berlin", "America/St_Johns", "Australia/Lord_Howe", "UTC", "")),
        (1, Gen.OneOf("Not/AZone", "../../../etc/passwd", "/etc/localtime", "Europe/../UTC", " UTC ")),
        (1, Text));

    public static readonly Gen<string> Email = Gen.Frequency(
        (3, Gen.Select(Chars("abcxyz019._+-", 1, 20), Gen.OneOf("example.com", "EXAMPLE.org", "b.c"),
            (local, domain) => $"{local}@{domain}")),
        (1, Gen.OneOf("a@b", "@example.com", "a@", "a@@example.com", "a@example.", "a b@example.com", "ü@example.com",
            "a\0@example.com", " Padded@Example.COM ", new string('a', 250) + "@example.com")),
        (2, Text));

    public static readonly Gen<string> Password = Gen.Frequency(
        (2, Gen.String[8, 40]),
        (1, Gen.OneOf(Boundaries).Select(n => new string('p', n))),
        (2, Text));

    /// <summary>Ordinary text, for the fields of a form that is meant to pass.</summary>
    public static readonly Gen<string> Plain = Chars(Letters + " ", 1, 40);

    /// <summary>A start and an end a person could mean, as the form's inputs send them.</summary>
    public static readonly Gen<(string Start, string End)> PlainTimes = Gen.Select(
        Gen.Int[1990, 2060], Gen.Int[1, 12], Gen.Int[1, 28], Gen.Int[0, 23 * 60 + 59], Gen.Int[0, 3 * 24 * 60],
        (year, month, day, minute, length) =>
        {
            var start = new DateTime(year, month, day).AddMinutes(minute);
            return (start.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), start.AddMinutes(length).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture));
        });

    /// <summary>Strings of the given characters only.</summary>
    public static Gen<string> Chars(string alphabet, int minLength, int maxLength) =>
        Gen.Char[alphabet].Array[minLength, maxLength].Select(c => new string(c));

    /// <summary>A form field: usually sent once, sometimes left out, sometimes sent twice with two values.</summary>
    public static Gen<KeyValuePair<string, string>[]> Field(string name, Gen<string> value) => Gen.Frequency(
        (8, value.Select(v => new[] { new KeyValuePair<string, string>(name, v) })),
        (1, Gen.Const(Array.Empty<KeyValuePair<string, string>>())),
        (1, value.Array[2].Select(vs => vs.Select(v => new KeyValuePair<string, string>(name, v)).ToArray())));

    /// <summary>The fields in order, each from <see cref="Field"/>, sometimes with a stray field of random name.</summary>
    public static Gen<KeyValuePair<string, string>[]> Form(params (string Name, Gen<string> Value)[] fields)
    {
        var form = Gen.Const(Array.Empty<KeyValuePair<string, string>>());
        foreach (var (name, value) in fields)
        {
            form = Gen.Select(form, Field(name, value), (sent, more) => (KeyValuePair<string, string>[])[.. sent, .. more]);
        }

        var stray = Gen.Select(Chars(Letters, 1, 10), Text, (name, value) => new KeyValuePair<string, string>(name, value));
        return Gen.Frequency(
            (9, form),
            (1, Gen.Select(form, stray, (sent, extra) => (KeyValuePair<string, string>[])[.. sent, extra])));
    }

    /// <summary>A short, printable description of a generated form for failure messages (values cut at 60 characters).</summary>
    public static string Describe(IEnumerable<KeyValuePair<string, string>> fields) =>
        string.Join(", ", fields.Select(f =>
            $"{f.Key}=\"{(f.Value.Length > 60 ? f.Value[..60] + $"…({f.Value.Length})" : f.Value).Replace("\0", "\\0", StringComparison.Ordinal)}\""));
}
