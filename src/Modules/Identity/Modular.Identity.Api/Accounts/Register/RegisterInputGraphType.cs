using GraphQL.Types;

namespace Modular.Identity.Api.Accounts.Register;

/// <summary>The body of <c>POST /api/identity/register</c>; <see cref="RegisterRequestValidator"/> requires every field.</summary>
internal sealed class RegisterInputGraphType : InputObjectGraphType<RegisterRequest>
{
    public RegisterInputGraphType()
    {
        Name = "RegisterInput";
        Field(request => request.Name, nullable: true).Description("Required: 1..100 characters.");
        Field(request => request.Email, nullable: true).Description("Required: a valid address of at most 254 characters, unique.");
        Field(request => request.Password, nullable: true).Description("Required: 8..128 characters.");
    }
}
