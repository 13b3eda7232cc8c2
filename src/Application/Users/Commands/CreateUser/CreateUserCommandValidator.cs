using Sched.Domain.Users;

namespace Sched.Application.Users.Commands.CreateUser;

/// <summary>
/// A well-formed email and a password of at least 8 characters. No composition rules: length is
/// what makes a password strong (OWASP ASVS 2.1, NIST SP 800-63B), so long passphrases are welcome.
/// </summary>
public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public const int MinimumPasswordLength = 8;
    public const int MaximumPasswordLength = 1024;

    public CreateUserCommandValidator()
    {
        RuleFor(c => EmailAddress.Normalize(c.Email))
            .NotEmpty().WithMessage("Enter an email address.")
            .MaximumLength(256).WithMessage("An email address has at most 256 characters.")
            .EmailAddress().WithMessage("Enter a valid email address, like name@example.com.")
            .OverridePropertyName(nameof(CreateUserCommand.Email));
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage("Enter a password.")
            .MinimumLength(MinimumPasswordLength).WithMessage($"A password has at least {MinimumPasswordLength} characters.")
            .MaximumLength(MaximumPasswordLength).WithMessage($"A password has at most {MaximumPasswordLength} characters.");
        RuleFor(c => c.DisplayName)
            .MaximumLength(100).WithMessage("A display name has at most 100 characters.");
    }
}
