using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Users.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CanonicalText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Text is stored in NFC and an email in its canonical form, which is also what is returned (ADR 0020). Two active
            // profiles whose emails are canonically one address keep their spelling (the oldest wins) for an operator, and so
            // does text whose NFC form would not fit its column.
            // normalize() needs a UTF-8 database, which every database of this system is.
            migrationBuilder.Sql(
                """
                DO $$
                BEGIN
                  IF current_setting('server_encoding') = 'UTF8' THEN
                    UPDATE users.user_profiles SET name = normalize(name, NFC) WHERE name IS NOT NFC NORMALIZED AND char_length(normalize(name, NFC)) <= 100;
                    WITH candidates AS (
                      SELECT id, normalize(normalized_email, NFC) AS canonical,
                             row_number() OVER (PARTITION BY normalize(normalized_email, NFC) ORDER BY created_at, id) AS rank
                      FROM users.user_profiles WHERE deleted_at IS NULL AND char_length(normalize(normalized_email, NFC)) <= 254)
                    UPDATE users.user_profiles p SET email = c.canonical, normalized_email = c.canonical
                    FROM candidates c
                    WHERE p.id = c.id
                      AND (p.email <> c.canonical OR p.normalized_email <> c.canonical)
                      AND (p.normalized_email = c.canonical OR (c.rank = 1 AND NOT EXISTS (
                        SELECT 1 FROM users.user_profiles o WHERE o.deleted_at IS NULL AND o.id <> p.id AND o.normalized_email = c.canonical)));
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
