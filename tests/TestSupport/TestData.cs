// The well-known test data every test project shares: the one password test users get, and emails no other test uses.
namespace Sched.TestSupport;

public static class TestData
{
    /// <summary>The password of every user a test stores, unless the test is about the password itself.</summary>
    public const string Password = "correct horse battery";

    /// <summary>An email no other test uses (<c>ada-1a2b…@example.com</c>), so tests sharing a database stay independent.</summary>
    public static string NewEmail(string who = "user") => $"{who}-{Guid.NewGuid():N}@example.com";
}
