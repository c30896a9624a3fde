using Mapster;
using Modular.Identity.Api.Accounts.ChangeRoles;
using Modular.Identity.Api.Accounts.Register;
using Modular.Identity.Api.Sessions.Login;
using Modular.Identity.Api.Sessions.Logout;
using Modular.Identity.Api.Sessions.Refresh;
using Modular.Identity.Application.Accounts.ChangeRoles;
using Modular.Identity.Application.Accounts.Register;
using Modular.Identity.Application.Sessions.Login;
using Modular.Identity.Application.Sessions.Logout;
using Modular.Identity.Application.Sessions.Refresh;

namespace Modular.Identity.Api;

/// <summary>
/// The request → command mappings of this module's edge (ADR 0016): a validated request's fields become the command's,
/// by name. Declared here so a test can compile every one of them and fail on a command field no request field fills.
/// </summary>
internal sealed class IdentityRequestMappings : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<RegisterRequest, RegisterCommand>();
        config.NewConfig<LoginRequest, LoginCommand>();
        config.NewConfig<RefreshRequest, RefreshCommand>();
        config.NewConfig<LogoutRequest, LogoutCommand>();
        // The account comes from the route: the endpoint adds it.
        config.NewConfig<ChangeRolesRequest, ChangeRolesCommand>().Ignore(command => command.UserId);
    }
}
