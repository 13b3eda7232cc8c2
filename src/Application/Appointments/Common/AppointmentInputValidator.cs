using Sched.Application.Common.Time;
using Sched.Domain.Appointments;

namespace Sched.Application.Appointments.Common;

/// <summary>The rules for appointment input, shared by create and update.</summary>
public abstract class AppointmentInputValidator<T> : AbstractValidator<T>
    where T : IAppointmentInput
{
    /// <remarks>Validators are singletons, so the zone is read from the current user each time a rule runs.</remarks>
    protected AppointmentInputValidator(ICurrentUser currentUser)
    {
        RuleFor(a => a.Title).MaximumLength(Appointment.TitleMaxLength)
            .WithMessage($"A title has at most {Appointment.TitleMaxLength} characters.");
        RuleFor(a => a.Location).MaximumLength(Appointment.LocationMaxLength)
            .WithMessage($"A location has at most {Appointment.LocationMaxLength} characters.");
        RuleFor(a => a.Description).MaximumLength(Appointment.DescriptionMaxLength)
            .WithMessage($"A description has at most {Appointment.DescriptionMaxLength:N0} characters.");

        RuleFor(a => a.Start).NotNull().WithMessage("Enter when the appointment starts.");
        RuleFor(a => a.Start).InclusiveBetween(AppointmentRange.Earliest, AppointmentRange.Latest).WithMessage(AppointmentRange.OutOfRange);
        RuleFor(a => a.End).InclusiveBetween(AppointmentRange.Earliest, AppointmentRange.Latest).WithMessage(AppointmentRange.OutOfRange);
        RuleFor(a => a.Start!.Value)
            .Must(start => UserTime.Exists(start, currentUser.TimeZone))
            .WithMessage(a => $"{a.Start:yyyy-MM-dd HH:mm} does not exist in {currentUser.TimeZone.Id}: the clocks skip it for daylight saving. Choose another time.")
            .OverridePropertyName(nameof(IAppointmentInput.Start))
            .When(a => a.Start is not null && !a.AllDay);
        RuleFor(a => a.End!.Value)
            .Must(end => UserTime.Exists(end, currentUser.TimeZone))
            .WithMessage(a => $"{a.End:yyyy-MM-dd HH:mm} does not exist in {currentUser.TimeZone.Id}: the clocks skip it for daylight saving. Choose another time.")
            .OverridePropertyName(nameof(IAppointmentInput.End))
            .When(a => a.End is not null && !a.AllDay);
        RuleFor(a => a.End)
            .Must((a, end) => AppointmentTimes.EndOf(a) >= AppointmentTimes.StartOf(a))
            .WithMessage("The end cannot be before the start.")
            .When(a => a.Start is not null && a.End is not null);
    }
}
