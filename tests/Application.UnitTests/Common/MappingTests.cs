// AutoMapper as Application registers it: every profile is complete, and every map is capped in depth
// (GHSA-rvv3-g6hj-g44x, stack overflow on self-referential graphs, has no free fix).
using AutoMapper;
using AutoMapper.Internal;

namespace Sched.Application.UnitTests.Common;

public sealed class MappingTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddLogging().AddApplicationServices().BuildServiceProvider();

    private IMapper Mapper => _services.GetRequiredService<IMapper>();

    public void Dispose() => _services.Dispose();

    [Fact]
    public void The_configuration_is_valid()
    {
        Mapper.ConfigurationProvider.AssertConfigurationIsValid();
    }

    [Fact]
    public void Every_map_converts_in_code_or_is_capped_in_depth()
    {
        var maps = Mapper.ConfigurationProvider.Internal().GetAllTypeMaps();

        maps.Should().NotBeEmpty().And.AllSatisfy(map => (map.TypeConverter is not null || map.MaxDepth == ApplicationDependencyInjection.MappingMaxDepth)
            .Should().BeTrue("{0} → {1} builds its result in code (it cannot recurse) or must be capped", map.SourceType.Name, map.DestinationType.Name));
    }

    [Fact]
    public void A_map_of_members_added_to_Application_is_capped_in_depth()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddAutoMapper(cfg =>
            {
                ApplicationDependencyInjection.ConfigureMapping(cfg);
                cfg.CreateMap<Node, Node>();
            })
            .BuildServiceProvider();

        var map = services.GetRequiredService<IMapper>().ConfigurationProvider.Internal().GetAllTypeMaps().Single();

        map.MaxDepth.Should().Be(ApplicationDependencyInjection.MappingMaxDepth);
    }

    /// <summary>A self-referential type, the shape GHSA-rvv3-g6hj-g44x needs.</summary>
    private sealed class Node
    {
        public Node? Next { get; set; }
    }
}
