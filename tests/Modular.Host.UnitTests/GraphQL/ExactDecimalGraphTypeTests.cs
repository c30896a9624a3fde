using System.Numerics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using Modular.Host.Platform.GraphQL;
using Modular.Shared.Web.GraphQL;

namespace Modular.Host.UnitTests.GraphQL;

public sealed class ExactDecimalGraphTypeTests
{
    private readonly ExactDecimalGraphType _scalar = new();

    [Theory]
    [InlineData("19.99", "19.99")]
    [InlineData("12.50", "12.5")]
    [InlineData("1e1", "10")]
    [InlineData("-0.0", "0")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void A_literal_a_decimal_holds_is_read_exactly(string text, string expected)
    {
        var literal = new GraphQLFloatValue(text);

        Assert.True(_scalar.CanParseLiteral(literal));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), _scalar.ParseLiteral(literal));
    }

    [Theory]
    [InlineData("1e-30")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("1e400")]
    [InlineData("79228162514264337593543950336")]
    public void A_literal_no_decimal_holds_is_refused(string text)
    {
        Assert.False(_scalar.CanParseLiteral(new GraphQLFloatValue(text)));
        Assert.False(_scalar.CanParseLiteral(new GraphQLIntValue(text)));
        Assert.ThrowsAny<Exception>(() => _scalar.ParseLiteral(new GraphQLFloatValue(text)));
    }

    [Fact]
    public void A_variable_is_read_from_what_the_inputs_converter_gives()
    {
        Assert.Equal(19.99m, _scalar.ParseValue(19.99m));
        Assert.Equal(7m, _scalar.ParseValue(7));
        Assert.Equal(7m, _scalar.ParseValue(7L));
        Assert.Equal(7m, _scalar.ParseValue(new BigInteger(7)));
        Assert.Null(_scalar.ParseValue(null));
        Assert.ThrowsAny<Exception>(() => _scalar.ParseValue(19.99d));
        Assert.ThrowsAny<Exception>(() => _scalar.ParseValue(BigInteger.Pow(10, 30)));
    }

    [Fact]
    public void The_schema_uses_it_wherever_a_part_names_the_library_scalar()
    {
        var schema = new ModularSchema(new ServiceCollection().BuildServiceProvider(), [new PricePart()]);
        schema.Initialize();

        var field = schema.Query.GetField("price")!;
        Assert.IsType<ExactDecimalGraphType>(schema.AllTypes["Decimal"]);
        Assert.IsType<ExactDecimalGraphType>(field.ResolvedType);
        Assert.IsType<ExactDecimalGraphType>(field.Arguments!.Find("at")!.ResolvedType);
        Assert.Null(schema.AllTypes["ExactDecimal"]);
    }

    private sealed class PricePart : IGraphQLSchemaPart
    {
        public void AddQueries(ObjectGraphType query) =>
            query.Field<DecimalGraphType>("price").Argument<DecimalGraphType>("at").AllowAnonymous().Resolve(_ => 1m);

        public void AddMutations(ObjectGraphType mutation)
        {
        }
    }
}
