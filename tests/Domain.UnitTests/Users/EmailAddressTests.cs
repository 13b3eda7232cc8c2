// EmailAddress: how a typed email becomes the one form Sched stores and compares, and which are refused.
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
        EmailAddress.Parse(typed).Value.Should().Be(normalized);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Null_and_blank_are_missing(string? typed)
    {
        EmailAddress.Inspect(typed).Should().Be(EmailAddressProblem.Missing);
        EmailAddress.TryParse(typed, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("ada")]
    [InlineData("@example.com")]
    [InlineData("ada@")]
    [InlineData("ada@example")]
    [InlineData("ada@example.")]
    [InlineData("ada@@example.com")]
    [InlineData("a da@example.com")]
    [InlineData("ada@exa\u0001mple.com")]
    public void Refuses_what_is_not_an_address(string typed)
    {
        EmailAddress.Inspect(typed).Should().Be(EmailAddressProblem.Malformed);
        var parse = () => EmailAddress.Parse(typed);
        parse.Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(" Ada@Example.COM ", "ada@example.com")]
    [InlineData("  Not An Address ", "not an address")]
    [InlineData(null, "")]
    public void Describes_any_typed_text_normalised_as_a_valid_address_would_be(string? typed, string described)
    {
        EmailAddress.Describe(typed).Should().Be(described);
    }

    [Fact]
    public void Refuses_more_than_256_characters_after_trimming()
    {
        var longest = new string('a', 256 - "@example.com".Length) + "@example.com";

        EmailAddress.Inspect($"  {longest}  ").Should().Be(EmailAddressProblem.None);
        EmailAddress.Inspect("a" + longest).Should().Be(EmailAddressProblem.TooLong);
    }

    [Fact]
    public void Lower_cases_the_same_in_every_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // Turkish lower-cases "I" to a dotless "ı", which would make a different address.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");

            EmailAddress.Parse("IRIS@EXAMPLE.COM").Value.Should().Be("iris@example.com");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Two_spellings_of_one_address_are_equal_and_parsing_twice_changes_nothing()
    {
        var once = EmailAddress.Parse(" Ada@Example.COM ");

        EmailAddress.Parse(once.Value).Should().Be(once);
        EmailAddress.Parse("ada@example.com").Should().Be(once);
    }
}
