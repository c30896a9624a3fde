using System.Net;
using Modular.IntegrationTests.Support;

namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// A password or refresh token of the wrong type (number, boolean), in a variable or a literal, is refused without
/// the value appearing anywhere in the body; the error still names the field (ADR 0047; CONTRACT: no password or token
/// ever appears in an error body).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class GraphQLCoercionSecretTests(ModularApiFactory factory)
{
    private readonly GraphQLClient _client = new(factory.CreateClient());

    public static TheoryData<string, string, string> Variables => new()
    {
        { "mutation L($input: LoginInput!) { login(input: $input) { accessToken } }", """{"input":{"email":"ada@example.com","password":31415926535}}""", "31415926535" },
        { "mutation L($input: LoginInput!) { login(input: $input) { accessToken } }", """{"input":{"email":"ada@example.com","password":true}}""", "true" },
        { "mutation R($input: RegisterInput!) { register(input: $input) { id } }", """{"input":{"name":"Ada","email":"ada@example.com","password":27182818284}}""", "27182818284" },
        { "mutation R($input: RegisterInput!) { register(input: $input) { id } }", """{"input":{"name":"Ada","email":"ada@example.com","password":false}}""", "false" },
        { "mutation F($input: RefreshInput!) { refresh(input: $input) { accessToken } }", """{"input":{"refreshToken":16180339887}}""", "16180339887" },
        { "mutation F($input: RefreshInput!) { refresh(input: $input) { accessToken } }", """{"input":{"refreshToken":true}}""", "true" },
        { "mutation F($t: String!) { refresh(input: {refreshToken: $t}) { accessToken } }", """{"t":14142135623}""", "14142135623" },
    };

    public static TheoryData<string, string> Literals => new()
    {
        { """mutation { login(input: {email: "ada@example.com", password: 31415926535}) { accessToken } }""", "31415926535" },
        { """mutation { login(input: {email: "ada@example.com", password: true}) { accessToken } }""", "true" },
        { """mutation { register(input: {name: "Ada", email: "ada2@example.com", password: 27182818284}) { id } }""", "27182818284" },
        { """mutation { register(input: {name: "Ada", email: "ada2@example.com", password: 2.7182818284}) { id } }""", "2.7182818284" },
        { """mutation { refresh(input: {refreshToken: 16180339887}) { accessToken } }""", "16180339887" },
        { """mutation { refresh(input: {refreshToken: false}) { accessToken } }""", "false" },
    };

    [Theory]
    [MemberData(nameof(Variables))]
    public async Task A_secret_variable_of_the_wrong_type_is_bad_user_input_without_its_value(string document, string variables, string value)
    {
        foreach (var accept in new[] { GraphQLClient.GraphQLResponse, "application/json" })
        {
            var answer = await GraphQLAnswer.ReadAsync(await _client.PostRawAsync($$"""{"query":"{{document}}","variables":{{variables}}}""", accept: accept));

            Assert.Equal(accept == GraphQLClient.GraphQLResponse ? HttpStatusCode.BadRequest : HttpStatusCode.OK, answer.Status);
            Assert.DoesNotContain(value, answer.Text, StringComparison.OrdinalIgnoreCase);
            var field = Assert.Single(answer.InvalidFields());
            Assert.True(field.EndsWith("password", StringComparison.Ordinal) || field.EndsWith("refreshToken", StringComparison.Ordinal) || field == "t", answer.Text);
            Assert.Contains(field, answer.Errors[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Literals))]
    public async Task A_secret_literal_of_the_wrong_type_is_a_validation_error_without_its_value(string document, string value)
    {
        var answer = await _client.PostAsync(document);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.DoesNotContain(value, answer.Text, StringComparison.OrdinalIgnoreCase);
        var message = answer.SingleError("GRAPHQL_VALIDATION_FAILED").GetProperty("message").GetString()!;
        Assert.Matches(@"at 'input\.(password|refreshToken)': expected a value of type 'String!?'", message);
    }
}
