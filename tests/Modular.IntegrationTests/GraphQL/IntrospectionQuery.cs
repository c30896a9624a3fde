namespace Modular.IntegrationTests.GraphQL;

/// <summary>
/// The introspection query GraphQL tools send: graphql-js 16.15 and 17.1 <c>getIntrospectionQuery()</c> with its default
/// options (descriptions on), nine <c>ofType</c> levels in <c>TypeRef</c>, 15 fields deep.
/// </summary>
internal static class IntrospectionQuery
{
    public const int Depth = 15;

    public const string Text = """
        query IntrospectionQuery {
          __schema {
            queryType { name kind }
            mutationType { name kind }
            subscriptionType { name kind }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind
            ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } } } } } } }
        }
        """;
}
