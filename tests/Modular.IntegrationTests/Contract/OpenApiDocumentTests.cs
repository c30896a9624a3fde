using System.Net;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Modular.IntegrationTests.Support;
using Modular.Orders.Domain.Orders;
using Modular.Orders.Domain.Products;

namespace Modular.IntegrationTests.Contract;

/// <summary>The served document, read as a client tool reads it: valid OpenAPI, complete types, the server's own bounds.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiDocumentTests(ModularApiFactory factory)
{
    [Fact]
    public async Task Microsoft_OpenApi_reads_and_validates_the_document_without_an_error()
    {
        var read = OpenApiDocument.Parse(await DocumentTextAsync(), OpenApiConstants.Json, new OpenApiReaderSettings());

        Assert.Empty(read.Diagnostic?.Errors ?? []);
        Assert.StartsWith("3.1", read.Diagnostic?.SpecificationVersion.ToString().Replace("OpenApi", string.Empty, StringComparison.Ordinal).Replace('_', '.'), StringComparison.Ordinal);
        Assert.Empty(read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
    }

    [Fact]
    public async Task Every_schema_and_parameter_is_typed()
    {
        var document = await DocumentAsync();
        var untyped = new List<string>();
        foreach (var (name, schema) in document["components"]!["schemas"]!.AsObject())
        {
            if (schema is not JsonObject component || !IsTyped(component))
            {
                untyped.Add($"#/components/schemas/{name}");
            }
        }

        Walk(document["components"]!["schemas"]!, "#/components/schemas", untyped);
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            Walk(item!, $"#/paths/{path}", untyped);
        }

        Assert.Empty(untyped);
    }

    [Fact]
    public async Task The_server_url_is_configured_never_the_request_host()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, ServedOpenApiDocument.Path);
        request.Headers.Host = "attacker.example.test";

        var document = JsonNode.Parse(await (await client.SendAsync(request)).Content.ReadAsStringAsync())!;

        Assert.Equal("/", Assert.Single(document["servers"]!.AsArray())!["url"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("https://api.example.test")]
    [InlineData("https://example.test/modular")]
    [InlineData("/modular")]
    public async Task The_server_url_is_the_configured_one(string serverUrl)
    {
        using var host = factory.WithWebHostBuilder(builder => builder.UseSetting("OpenApi:ServerUrl", serverUrl));
        using var client = host.CreateClient();

        var document = JsonNode.Parse(await client.GetStringAsync(ServedOpenApiDocument.Path))!;

        Assert.Equal(serverUrl, Assert.Single(document["servers"]!.AsArray())!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task Anonymous_operations_say_so_and_protected_ones_name_a_bearer_scheme_whose_description_is_true()
    {
        var document = await DocumentAsync();

        Assert.Empty(Operation(document, "/api/identity/register", "post")["security"]!.AsArray());
        Assert.Empty(Operation(document, "/api/identity/login", "post")["security"]!.AsArray());
        Assert.Empty(Operation(document, "/api/products", "get")["security"]!.AsArray());
        Assert.NotNull(Assert.Single(Operation(document, "/api/orders", "post")["security"]!.AsArray())!["Bearer"]);
        var description = document["components"]!["securitySchemes"]!["Bearer"]!["description"]!.GetValue<string>();
        Assert.Contains("POST /api/identity/login", description, StringComparison.Ordinal);
        Assert.NotNull(Operation(document, "/api/identity/login", "post"));
        Assert.NotNull(Operation(document, "/api/identity/refresh", "post"));
    }

    [Fact]
    public async Task Parameters_read_in_code_are_documented_with_the_bounds_their_readers_enforce()
    {
        var document = await DocumentAsync();

        foreach (var list in new[] { "/api/users", "/api/products", "/api/orders" })
        {
            var parameters = Operation(document, list, "get")["parameters"]!.AsArray();
            var limit = parameters.Single(parameter => parameter!["name"]!.GetValue<string>() == "limit")!["schema"]!;
            Assert.Equal((1, 100, 20), (limit["minimum"]!.GetValue<int>(), limit["maximum"]!.GetValue<int>(), limit["default"]!.GetValue<int>()));
            Assert.Equal(1, parameters.Single(parameter => parameter!["name"]!.GetValue<string>() == "page")!["schema"]!["minimum"]!.GetValue<int>());
        }

        // One rule for every free-text search (SearchText): the longest searchable value, an email of 254 characters.
        Assert.Equal(SearchMaxLength, Parameter(document, "/api/products", "search")["maxLength"]!.GetValue<int>());
        // The validators rename their rule to the query's name (OverridePropertyName): still found.
        Assert.Equal(SearchMaxLength, Parameter(document, "/api/users", "search")["maxLength"]!.GetValue<int>());
        Assert.Equal("#/components/schemas/OrderStatus", Parameter(document, "/api/orders", "status")["$ref"]!.GetValue<string>());
        Assert.Equal("uuid", Parameter(document, "/api/orders", "userId")["format"]!.GetValue<string>());
        var userId = Operation(document, "/api/orders", "get")["parameters"]!.AsArray().Single(parameter => parameter!["name"]!.GetValue<string>() == "userId")!;
        Assert.Contains("403", userId["description"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(Operation(document, "/api/orders", "get")["responses"]!["403"]);

        var key = Operation(document, "/api/orders", "post")["parameters"]!.AsArray().Single(parameter => parameter!["name"]!.GetValue<string>() == "Idempotency-Key")!;
        Assert.Equal("header", key["in"]!.GetValue<string>());
        Assert.Equal(255, key["schema"]!["maxLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task Request_bounds_are_the_validators_and_partial_bodies_are_optional_and_nullable()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        var create = schemas["CreateProductRequest"]!;
        Assert.Equal(["sku", "name", "price", "stock"], create["required"]!.AsArray().Select(name => name!.GetValue<string>()));
        Assert.Equal(Product.NameMaxLength, create["properties"]!["name"]!["maxLength"]!.GetValue<int>());
        Assert.Equal(0.01m, create["properties"]!["price"]!["multipleOf"]!.GetValue<decimal>());
        Assert.Equal(Product.MaxPrice, create["properties"]!["price"]!["maximum"]!.GetValue<decimal>());
        Assert.Equal("string", create["properties"]!["sku"]!["type"]!.GetValue<string>());
        var update = schemas["UpdateProductRequest"]!;
        Assert.Null(update["required"]);
        Assert.Contains("null", update["properties"]!["price"]!["type"]!.AsArray().Select(type => type!.GetValue<string>()));
        var order = schemas["PlaceOrderRequest"]!["properties"]!["items"]!;
        Assert.Equal((1, RequestedLine.MaxLines), (order["minItems"]!.GetValue<int>(), order["maxItems"]!.GetValue<int>()));
        Assert.Equal(RequestedLine.MaxQuantity, schemas["PlaceOrderItemRequest"]!["properties"]!["quantity"]!["maximum"]!.GetValue<int>());
        Assert.Equal(["pending", "confirmed", "cancelled"], schemas["OrderStatus"]!["enum"]!.AsArray().Select(value => value!.GetValue<string>()));
        Assert.Equal(["user", "admin"], schemas["Role"]!["enum"]!.AsArray().Select(value => value!.GetValue<string>()));
    }

    [Fact]
    public async Task Every_status_an_operation_can_answer_is_listed_with_its_headers()
    {
        var document = await DocumentAsync();

        var place = Operation(document, "/api/orders", "post")["responses"]!;
        foreach (var status in new[] { "201", "400", "401", "403", "404", "409", "413", "415", "422", "429", "500", "503" })
        {
            Assert.NotNull(place[status]);
        }

        Assert.NotNull(place["201"]!["headers"]!["Location"]);
        Assert.NotNull(place["401"]!["headers"]!["WWW-Authenticate"]);
        Assert.NotNull(place["429"]!["headers"]!["Retry-After"]);
        Assert.NotNull(place["503"]!["headers"]!["Retry-After"]);
        Assert.NotNull(Operation(document, "/api/users/{id}", "get")["responses"]!["503"]!["headers"]!["Retry-After"]);
        Assert.Equal("#/components/schemas/ValidationProblemDetails", place["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_email_has_one_format_the_server_keeps_in_requests_and_responses()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        // "email", as the contract names it; the description says non-ASCII addresses are accepted too (ADR 0020).
        foreach (var (schema, property) in new[] { ("RegisterRequest", "email"), ("UpdateProfileRequest", "email"), ("RegisteredAccount", "email"), ("ProfileResponse", "email"), ("AccountSummary", "email") })
        {
            var email = schemas[schema]!["properties"]![property]!;
            Assert.True(email["format"]?.GetValue<string>() == "email", $"{schema}.{property}: {email.ToJsonString()}");
            Assert.Contains("internationalized", email["description"]?.GetValue<string>() ?? string.Empty, StringComparison.Ordinal);
        }

        // One rule for every email a request takes (the probe: PATCH's had no pattern and refused what it allowed).
        foreach (var schema in new[] { "RegisterRequest", "UpdateProfileRequest" })
        {
            Assert.Equal(Modular.Shared.Kernel.Text.EmailSyntax.Pattern, schemas[schema]!["properties"]!["email"]!["pattern"]?.GetValue<string>());
        }
    }

    [Fact]
    public async Task Every_format_is_one_common_validators_know()
    {
        // ajv-formats 3 (what ajv, Portman and Newman use; ajv refuses to compile a schema with a format it does not
        // know), plus "decimal" of the OpenAPI Format Registry, which generators need to type money exactly. "idn-email"
        // was in the document too: the probe's Portman run failed its schema check on every operation with an email.
        string[] known =
        [
            "date", "time", "date-time", "iso-time", "iso-date-time", "duration", "uri", "uri-reference", "uri-template", "url",
            "email", "hostname", "ipv4", "ipv6", "regex", "uuid", "json-pointer", "json-pointer-uri-fragment",
            "relative-json-pointer", "byte", "int32", "int64", "float", "double", "password", "binary", "decimal",
        ];
        var formats = new List<string>();
        Formats(await DocumentAsync(), formats);

        Assert.NotEmpty(formats);
        Assert.Empty(formats.Distinct().Except(known));
    }

    private static void Formats(JsonNode? node, List<string> formats)
    {
        switch (node)
        {
            case JsonObject item:
                foreach (var (key, child) in item)
                {
                    if (key == "format" && child is JsonValue value && value.TryGetValue<string>(out var format))
                    {
                        formats.Add(format);
                    }
                    else
                    {
                        Formats(child, formats);
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Formats(child, formats);
                }

                break;
        }
    }

    /// <summary>The bound of every free-text search parameter (Shared.Application's SearchText), stated independently.</summary>
    private const int SearchMaxLength = 254;

    private static JsonNode Parameter(JsonNode document, string path, string name) =>
        Operation(document, path, "get")["parameters"]!.AsArray().Single(parameter => parameter!["name"]!.GetValue<string>() == name)!["schema"]!;

    private static JsonNode Operation(JsonNode document, string path, string method) =>
        document["paths"]![path]?[method] ?? throw new InvalidOperationException($"{method} {path} is not documented.");

    /// <summary>A schema without <c>type</c>, <c>$ref</c> or a combinator accepts anything: what a generator types as 'unknown'.</summary>
    private static void Walk(JsonNode node, string location, List<string> untyped)
    {
        if (node is JsonObject item)
        {
            foreach (var (key, child) in item)
            {
                var here = $"{location}/{key}";
                if (key is "schema" or "items" && child is JsonObject schema && !IsTyped(schema))
                {
                    untyped.Add(here);
                }

                if (key == "properties" && child is JsonObject properties)
                {
                    untyped.AddRange(properties.Where(property => property.Value is JsonObject value && !IsTyped(value)).Select(property => $"{here}/{property.Key}"));
                }

                if (child is not null)
                {
                    Walk(child, here, untyped);
                }
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array.OfType<JsonNode>())
            {
                Walk(child, location, untyped);
            }
        }
    }

    private static bool IsTyped(JsonObject schema) =>
        schema.ContainsKey("type") || schema.ContainsKey("$ref") || schema.ContainsKey("oneOf") || schema.ContainsKey("anyOf") || schema.ContainsKey("allOf");

    private async Task<JsonNode> DocumentAsync() => JsonNode.Parse(await DocumentTextAsync())!;

    private async Task<string> DocumentTextAsync()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(ServedOpenApiDocument.Path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
