using System.Text;

namespace Sched.Infrastructure.Calendars;

/// <summary>
/// Folds content lines as RFC 5545 §3.1 asks: no line longer than 75 octets, a fold being CRLF and one
/// space, never inside a character. Ical.Net 5.2.4 counts octets but can fold between the two UTF-16
/// halves of a character outside the Basic Multilingual Plane (an emoji), which then encodes as two
/// U+FFFD; so its output is unfolded and folded again here, a whole character (a rune) at a time.
/// </summary>
internal static class ContentLineFolding
{
    private const int MaxOctets = 75;

    private const string LineBreak = "\r\n";

    /// <summary>Serialized iCalendar text, folded again; every line, the last included, ends in CRLF.</summary>
    public static string Refold(string serialized)
    {
        // Escaped text holds no raw line break, so every CRLF followed by a space or tab is a fold.
        var unfolded = serialized.Replace("\r\n ", string.Empty, StringComparison.Ordinal).Replace("\r\n\t", string.Empty, StringComparison.Ordinal);
        var folded = new StringBuilder(serialized.Length + (serialized.Length / 16));
        foreach (var line in unfolded.Split(LineBreak, StringSplitOptions.RemoveEmptyEntries))
        {
            Fold(line, folded);
        }

        return folded.ToString();
    }

    private static void Fold(string line, StringBuilder folded)
    {
        Span<char> utf16 = stackalloc char[2];
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            if (octets + rune.Utf8SequenceLength > MaxOctets)
            {
                folded.Append(LineBreak).Append(' ');
                octets = 1;
            }

            folded.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            octets += rune.Utf8SequenceLength;
        }

        folded.Append(LineBreak);
    }
}
