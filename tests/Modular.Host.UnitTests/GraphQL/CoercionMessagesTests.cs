using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.Hosting;
using Modular.Host.Platform.GraphQL;
using NSubstitute;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>A value of the wrong type, in a variable or a literal, is described by its path and the expected type, never repeated (ADR 0047).</summary>
public sealed class CoercionMessagesTests
{
    private const string Mutation = "mutation($input: LoginInput!) { login(input: $input) }";

    private static readonly ISchema Schema = global::GraphQL.Types.Schema.For(
        "type Query { a: String } type Mutation { login(input: LoginInput!): String } "
        + "input LoginInput { email: String! password: String! tags: [String!] inner: Inner } input Inner { secret: String! }");

    [Theory]
    [InlineData(Mutation, """{"input":{"email":"a","password":31415926535}}""", "31415926535", "input.password", "String")]
    [InlineData(Mutation, """{"input":{"email":"a","password":true}}""", "True", "input.password", "String")]
    [InlineData(Mutation, """{"input":{"email":"a","password":"x","inner":{"secret":27182}}}""", "27182", "input.inner.secret", "String")]
    [InlineData(Mutation, """{"input":{"email":"a","password":"x","tags":["a", 31415]}}""", "31415", "input.tags[1]", "String")]
    [InlineData("mutation($p: String!) { login(input: {email: \"a\", password: $p}) }", """{"p":31415926535}""", "31415926535", "p", "String")]
    [InlineData("mutation { login(input: {email: \"a\", password: 27182818284}) }", null, "27182818284", "input.password", "String")]
    [InlineData("mutation { login(input: {email: \"a\", password: true}) }", null, "true", "input.password", "String")]
    [InlineData("mutation { login(input: {email: \"a\", password: \"x\", inner: {secret: 2718}}) }", null, "2718", "input.inner.secret", "String")]
    [InlineData("mutation { login(input: {email: \"a\", password: \"x\", tags: [\"a\", 2718]}) }", null, "2718", "input.tags[1]", "String")]
    [InlineData("mutation { login(input: {email: \"a\", password: {x: \"found In field 'q': [\"}}) }", null, "found In", "input.password", "String")]
    [InlineData("mutation($p: String = 27182) { login(input: {email: \"a\", password: $p}) }", null, "27182", "p", "String")]
    public async Task The_message_names_the_path_and_the_expected_type_without_the_value(string query, string? variables, string value, string path, string type)
    {
        var errors = await ErrorsAsync(query, variables);

        var info = Assert.Single(errors);
        Assert.DoesNotContain(value, info.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(path, info.Message, StringComparison.Ordinal);
        Assert.Contains($"'{type}'", info.Message, StringComparison.Ordinal);
        if (info.Extensions!.TryGetValue("errors", out var fields))
        {
            var field = Assert.Single((List<Dictionary<string, string>>)fields!);
            Assert.Equal(path, field["field"]);
            Assert.DoesNotContain(value, field["message"], StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("""{"input":{"email":"a"}}""", "Variable '$input.password' is invalid: a value is required.")]
    [InlineData("""{"input":{"email":"a","password":null}}""", "Variable '$input.password' is invalid: a value is required, and null was given.")]
    [InlineData("""{"input":{"email":"a","password":"x","zzz":1}}""", "Variable '$input' is invalid. Unrecognized input fields 'zzz' for type 'LoginInput'.")]
    public async Task Messages_without_a_value_keep_what_they_tell(string variables, string message)
    {
        var info = Assert.Single(await ErrorsAsync(Mutation, variables));

        Assert.Equal(message, info.Message);
    }

    private static async Task<List<global::GraphQL.Execution.ErrorInfo>> ErrorsAsync(string query, string? variables)
    {
        var result = await new DocumentExecuter().ExecuteAsync(options =>
        {
            options.Schema = Schema;
            options.Query = query;
            options.Variables = variables is null ? null : new GraphQLSerializer().Deserialize<Inputs>(variables);
        });
        var host = Substitute.For<IHostEnvironment>();
        host.EnvironmentName.Returns(Environments.Production);
        var provider = new GraphQLErrorInfoProvider(host);
        return [.. (result.Errors ?? []).Select(provider.GetInfo)];
    }
}
