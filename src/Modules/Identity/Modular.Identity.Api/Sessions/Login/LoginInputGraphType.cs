using GraphQL.Types;

namespace Modular.Identity.Api.Sessions.Login;

/// <summary>The body of <c>POST /api/identity/login</c>.</summary>
internal sealed class LoginInputGraphType : InputObjectGraphType<LoginRequest>
{
    public LoginInputGraphType()
    {
        Name = "LoginInput";
        Field(request => request.Email, nullable: true).Description("Required.");
        Field(request => request.Password, nullable: true).Description("Required.");
    }
}
