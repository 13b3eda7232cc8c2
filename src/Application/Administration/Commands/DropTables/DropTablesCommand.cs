namespace Sched.Application.Administration.Commands.DropTables;

/// <summary>Deletes every table and all data. <see cref="Confirmed"/> must be true, so nobody drops by accident.</summary>
public sealed record DropTablesCommand(bool Confirmed) : IRequest<Unit>;

public sealed class DropTablesCommandHandler(IDatabaseSchema schema) : IRequestHandler<DropTablesCommand, Unit>
{
    public async Task<Unit> Handle(DropTablesCommand request, CancellationToken cancellationToken)
    {
        await schema.DropAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Dropping needs an explicit yes.</summary>
public sealed class DropTablesCommandValidator : AbstractValidator<DropTablesCommand>
{
    public DropTablesCommandValidator()
    {
        RuleFor(c => c.Confirmed).Equal(true).WithMessage("Dropping deletes all data; confirm with --yes.");
    }
}
