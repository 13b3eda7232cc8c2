// EmailAddress.Normalize: how a typed email becomes the one form Sched stores and compares.
using System.Globalization;
using Sched.Domain.Users;

namespace Sched.Domain.UnitTests.Users;

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData(" Ada@Example.COM ", "ada@example.com")]
    [InlineData("\tgrace@example.com\r\n", "grace@example.com")]
    [InlineData("ada@example.com", "ada@example.com")]
    [InlineData("ADA.LOVELACE+SCHED@EXAMPLE.ORG", "ada.lovelace+sched@example.org")]
    public void Trims_and_lower_cases(string typed, string normalized)
    {
        EmailAddress.Normalize(typed).Should().Be(normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Turns_null_and_blank_into_empty(string? typed)
    {
        EmailAddress.Normalize(typed).Should().BeEmpty();
    }

    [Fact]
    public void Lower_cases_the_same_in_every_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases "I" to a dotless "ı", which would make a different address.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");

            EmailAddress.Normalize("IRIS@EXAMPLE.COM").Should().Be("iris@example.com");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Normalizing_twice_changes_nothing()
    {
        var once = EmailAddress.Normalize(" Ada@Example.COM ");

        EmailAddress.Normalize(once).Should().Be(once);
    }
}
