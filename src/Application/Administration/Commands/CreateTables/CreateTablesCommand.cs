namespace Sched.Application.Administration.Commands.CreateTables;

/// <summary>Creates or upgrades the database's tables; safe to repeat.</summary>
public sealed record CreateTablesCommand : IRequest<Unit>;

public sealed class CreateTablesCommandHandler(IDatabaseSchema schema) : IRequestHandler<CreateTablesCommand, Unit>
{
    public async Task<Unit> Handle(CreateTablesCommand request, CancellationToken cancellationToken)
    {
        await schema.CreateAsync(cancellationToken);
        return Unit.Value;
    }
}
