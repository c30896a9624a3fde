using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Orders.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CanonicalText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Text is stored in NFC (ADR 0020), so that search finds a name however it was typed. A name whose NFC form
            // would not fit its column (NFC lengthens a few characters) keeps its spelling.
            // normalize() needs a UTF-8 database, which every database of this system is.
            migrationBuilder.Sql(
                """
                DO $$
                BEGIN
                  IF current_setting('server_encoding') = 'UTF8' THEN
                    UPDATE orders.products SET name = normalize(name, NFC) WHERE name IS NOT NFC NORMALIZED AND char_length(normalize(name, NFC)) <= 200;
                    UPDATE orders.order_items SET name = normalize(name, NFC) WHERE name IS NOT NFC NORMALIZED AND char_length(normalize(name, NFC)) <= 200;
                  END IF;
                END $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The NFC forms stay: the spellings they replaced are not kept, and they are the same text.
        }
    }
}
