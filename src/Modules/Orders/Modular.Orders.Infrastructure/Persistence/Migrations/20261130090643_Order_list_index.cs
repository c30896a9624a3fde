using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Modular.Orders.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Order_list_index : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_orders_user_id_created_at",
                schema: "orders",
                table: "orders");

            migrationBuilder.CreateIndex(
                name: "ix_orders_user_id_created_at_id",
                schema: "orders",
                table: "orders",
                columns: new[] { "user_id", "created_at", "id" },
                descending: new[] { false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_orders_user_id_created_at_id",
                schema: "orders",
                table: "orders");

            migrationBuilder.CreateIndex(
                name: "ix_orders_user_id_created_at",
                schema: "orders",
                table: "orders",
                columns: new[] { "user_id", "created_at" });
        }
    }
}
