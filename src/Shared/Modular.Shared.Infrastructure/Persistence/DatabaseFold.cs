using Microsoft.EntityFrameworkCore.Query.SqlExpressions;
using Modular.Shared.Application.Specifications;
using Modular.Shared.Kernel.Text;

namespace Modular.Shared.Infrastructure.Persistence;

/// <summary>
/// The SQL of <see cref="DatabaseText.Fold"/>: <c>translate(lower(x), 'ſͅς…', 'sισ…')</c>. The two sets are literals, not
/// parameters, so that the expression is the one an expression index is built on (PostgreSQL matches an index by its
/// expression, constants included); they hold letters only, nothing a literal must escape.
/// </summary>
internal static class DatabaseFold
{
    private static readonly string VariantsLiteral = $"'{CaseFolding.Variants}'";
    private static readonly string StandardLiteral = $"'{CaseFolding.Standard}'";

    public static SqlExpression Translate(IReadOnlyList<SqlExpression> arguments)
    {
        var text = arguments[0];
        var lower = new SqlFunctionExpression("lower", [text], nullable: true, argumentsPropagateNullability: [true], typeof(string), text.TypeMapping);
        return new SqlFunctionExpression(
            "translate",
            [lower, new SqlFragmentExpression(VariantsLiteral), new SqlFragmentExpression(StandardLiteral)],
            nullable: true,
            argumentsPropagateNullability: [true, false, false],
            typeof(string),
            text.TypeMapping);
    }
}
