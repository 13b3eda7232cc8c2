// The well-known test data every test project shares: the one password test users get, the one they change to, and emails no other test uses.
namespace Sched.TestSupport;

public static class TestData
{
    /// <summary>The password of every user a test stores, unless the test is about the password itself.</summary>
    public const string Password = "correct horse battery";

    /// <summary>The password a test changes or resets to: long enough for the rules, and not <see cref="Password"/>.</summary>
    public const string NewPassword = "a brand new passphrase";

    /// <summary>An email no other test uses (<c>ada-1a2b…@example.com</c>), so tests sharing a database stay independent.</summary>
    public static string NewEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.com";
}
