// With Sched:DataProtection:CertificatePath, the keys that protect cookies and form tokens are stored
// encrypted with that certificate (in a folder with SQLite, in the database with PostgreSQL), and the app
// still reads them back after a restart or from another instance.
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Data.Sqlite;
using Sched.WebUI.IntegrationTests.Infrastructure;

namespace Sched.WebUI.IntegrationTests.Security;

public sealed class KeyProtectionTests
{
    [Fact]
    public async Task Keys_are_stored_encrypted_with_the_configured_certificate_and_read_back_after_a_restart()
    {
        var folder = Directory.CreateTempSubdirectory("sched-keycert-");
        var keys = Path.Combine(folder.FullName, "keys");
        (string, string)[] settings =
        [
            ("Sched:Database:Provider", "Sqlite"),
            ("ConnectionStrings:Sched", $"Data Source={Path.Combine(folder.FullName, "sched.db")}"),
            ("Sched:DataProtection:KeysPath", keys),
            .. await CertificateSettingsAsync(folder),
        ];
        var email = TestData.NewEmail();
        string cookie;
        using (var before = SchedAppFactory.WithSettings(settings))
        {
            cookie = (await SignInAsync(before, email)).SessionCookieHeader();
        }

        var stored = await File.ReadAllTextAsync(Directory.GetFiles(keys, "key-*.xml").Single());
        stored.Should().Contain("<encryptedSecret").And.NotContain("<masterKey", "the key's secret is stored only encrypted");

        using (var after = SchedAppFactory.WithSettings(settings))
        {
            using var replay = after.CreateClientSendingCookies(cookie);
            (await replay.IsSignedInAsync()).Should().BeTrue("the restarted app decrypts the stored key with the same certificate");
        }

        SqliteConnection.ClearAllPools();
        folder.Delete(recursive: true);
    }

    [Fact]
    public async Task On_postgresql_keys_are_stored_in_the_database_encrypted_with_the_configured_certificate_and_read_by_another_instance()
    {
        var folder = Directory.CreateTempSubdirectory("sched-keycert-");
        (string, string)[] settings = [("Sched:Database:Provider", "PostgreSQL"), .. await CertificateSettingsAsync(folder)];
        await using var first = SchedAppFactory.WithSettings(settings);
        var cookie = (await SignInAsync(first, TestData.NewEmail())).SessionCookieHeader();

        var stored = await PostgresRows.FirstColumnAsync(first.ConnectionString, """SELECT "Xml" FROM "DataProtectionKeys" """);
        stored.Should().ContainSingle().Which.Should().Contain("<encryptedSecret").And.NotContain("<masterKey", "the key's secret is stored only encrypted");

        // Another app on the same database, with a key ring of its own that it can only fill from the table.
        await using var second = SchedAppFactory.WithSettings([.. settings, ("ConnectionStrings:Sched", first.ConnectionString)]);
        using var replay = second.CreateClientSendingCookies(cookie);
        (await replay.IsSignedInAsync()).Should().BeTrue("the other instance decrypts the stored key with the same certificate");
        folder.Delete(recursive: true);
    }

    /// <summary>Writes a new self-signed certificate into the folder and returns the settings that point the app at it.</summary>
    private static async Task<(string, string)[]> CertificateSettingsAsync(DirectoryInfo folder)
    {
        var certificate = Path.Combine(folder.FullName, "keys.pfx");
        await File.WriteAllBytesAsync(certificate, SelfSignedPkcs12("a test password"));
        return
        [
            ("Sched:DataProtection:CertificatePath", certificate),
            ("Sched:DataProtection:CertificatePassword", "a test password"),
        ];
    }

    private static async Task<HttpResponseMessage> SignInAsync(SchedAppFactory factory, string email)
    {
        await factory.CreateUserAsync(email);
        using var browser = factory.CreateBrowserClient();
        return await browser.LogInAsync(email, TestData.Password);
    }

    private static byte[] SelfSignedPkcs12(string password)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Sched test keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        return certificate.Export(X509ContentType.Pkcs12, password);
    }
}
