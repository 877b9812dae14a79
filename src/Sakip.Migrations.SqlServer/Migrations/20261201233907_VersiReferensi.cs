using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class VersiReferensi : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "VersiReferensi",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Tanda = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VersiReferensi", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "VersiReferensi",
                columns: new[] { "Id", "Tanda" },
                values: new object[] { 1, new Guid("00000000-0000-0000-0000-000000000000") });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "VersiReferensi");
        }
    }
}
