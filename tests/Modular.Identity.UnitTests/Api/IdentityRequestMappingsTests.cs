using Mapster;
using Modular.Identity.Api.Accounts.ChangeRoles;
using Modular.Identity.Api.Accounts.Register;
using Modular.Identity.Application.Accounts.ChangeRoles;
using Modular.Identity.Application.Accounts.Register;

namespace Modular.Identity.UnitTests.Api;

public sealed class IdentityRequestMappingsTests
{
    private static readonly TypeAdapterConfig Config = Compiled();

    [Fact]
    public void A_validated_registration_becomes_the_command_field_by_field() =>
        Assert.Equal(new RegisterCommand("Ada", "ada@example.com", "secret-123"), new RegisterRequest("Ada", "ada@example.com", "secret-123").Adapt<RegisterCommand>(Config));

    [Fact]
    public void The_roles_of_a_request_become_the_command_s_and_the_account_is_left_to_the_route()
    {
        var command = new ChangeRolesRequest(["user", "admin"]).Adapt<ChangeRolesCommand>(Config);

        Assert.Equal(["user", "admin"], command.Roles);
        Assert.Equal(Guid.Empty, command.UserId);
    }

    [Fact]
    public void A_command_field_no_request_field_fills_fails_the_compilation()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.NewConfig<RegisterRequest, ChangeRolesCommand>();

        Assert.ThrowsAny<Exception>(() => config.Compile());
    }

    // Compiling with RequireDestinationMemberSource fails on a command field that no request field fills and no mapping ignores.
    private static TypeAdapterConfig Compiled()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Scan(Modular.Identity.Api.AssemblyReference.Assembly);
        config.Compile();
        return config;
    }
}
