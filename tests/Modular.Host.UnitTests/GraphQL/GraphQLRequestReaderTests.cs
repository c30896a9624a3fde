using System.Text;
using Microsoft.AspNetCore.Http;
using Modular.Host.Platform.GraphQL;

namespace Modular.Host.UnitTests.GraphQL;

/// <summary>
/// A request that is not well-formed GraphQL over HTTP is a 400 problem; unsafe text in a well-formed one is an invalid
/// GraphQL request, named by where it is, so that it takes the status rules of every invalid document.
/// </summary>
public sealed class GraphQLRequestReaderTests
{
    [Theory]
    [InlineData("""{"query": "{ a(s: \"\\u0000\") }"}""", null)]
    [InlineData("""{"query": "{ a \u0000 }"}""", "query")]
    [InlineData("""{"query": "{ a \ud800 }"}""", "query")]
    [InlineData("""{"query": "{ a }", "operationName": "A\u0000"}""", "operationName")]
    [InlineData("""{"query": "{ a }", "variables": {"s": "\udc00"}}""", "variables.s")]
    [InlineData("""{"query": "{ a }", "variables": {"list": [1, "\u0000"]}}""", "variables.list[1]")]
    [InlineData("""{"query": "{ a }", "variables": {"o": {"\u0000": 1}}}""", "variables.o")]
    [InlineData("""{"query": "{ a }", "extensions": {"k": "\u0000"}}""", "extensions.k")]
    public async Task Unsafe_text_of_a_well_formed_request_is_named_not_refused_as_malformed(string body, string? field)
    {
        var read = await ReadAsync(body);

        Assert.Empty(read.Errors);
        if (field is null)
        {
            // Escapes of the GraphQL document itself are the validation rule's to find.
            Assert.NotNull(read.Request);
            Assert.Empty(read.UnsafeTextFields);
        }
        else
        {
            Assert.Null(read.Request);
            Assert.Equal([field], read.UnsafeTextFields);
        }
    }

    [Theory]
    [InlineData("""{"query": "{ a }", "\u0000": "x"}""")]
    [InlineData("""{"query": 7, "variables": {"s": "\u0000"}}""")]
    [InlineData("""{"variables": {"s": "\u0000"}}""")]
    [InlineData("""{"query": "{ a \u0000 }""")]
    public async Task A_malformed_request_is_refused_as_such_even_with_unsafe_text(string body)
    {
        var read = await ReadAsync(body);

        Assert.Null(read.Request);
        Assert.NotEmpty(read.Errors);
    }

    [Theory]
    [InlineData("""{"query": "{ a }", "variables": {"l": 1, "l": 2}}""", "variables.l")]
    [InlineData("""{"query": "{ a }", "variables": {"input": {"name": "A", "name": "B"}}}""", "variables.input.name")]
    [InlineData("""{"query": "{ a }", "variables": {"list": [{"k": 1}, {"k": 1, "k": 2}]}}""", "variables.list[1].k")]
    [InlineData("""{"query": "{ a }", "extensions": {"a": 1, "a": 2}}""", "extensions.a")]
    public async Task A_name_repeated_inside_variables_or_extensions_is_malformed_and_named(string body, string field)
    {
        var read = await ReadAsync(body);

        Assert.Null(read.Request);
        Assert.Equal([field], read.Errors.Select(error => error.Field));
    }

    [Fact]
    public void A_name_repeated_in_a_get_variables_parameter_is_malformed_and_named()
    {
        var read = GraphQLRequestReader.FromQueryString(new QueryCollection(new Dictionary<string, Microsoft.Extensions.Primitives.StringValues>
        {
            ["query"] = "{ a }",
            ["variables"] = """{"o": {"k": 1, "k": 2}}""",
        }));

        Assert.Null(read.Request);
        Assert.Equal(["variables.o.k"], read.Errors.Select(error => error.Field));
    }

    private static Task<GraphQLReadResult> ReadAsync(string body)
    {
        var context = new DefaultHttpContext();
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return GraphQLRequestReader.FromBodyAsync(context.Request);
    }
}
