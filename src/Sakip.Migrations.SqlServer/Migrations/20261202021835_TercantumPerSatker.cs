using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class TercantumPerSatker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AngkaTercantum_Tahun",
                table: "AngkaTercantum");

            migrationBuilder.AddColumn<int>(
                name: "SatkerId",
                table: "AngkaTercantum",
                type: "int",
                nullable: false,
                defaultValue: 0);

            // ---- hand-written data fix (keep when regenerating this migration) ----
            // Before issue 15 item 7 every published figure was the consolidated LAKIN's, i.e. Pusdiklatbangprof's (the parent
            // satker, IndukId NULL): existing rows become its figures, before the foreign key is added.
            migrationBuilder.Sql("UPDATE [AngkaTercantum] SET [SatkerId] = (SELECT MIN([Id]) FROM [Satker] WHERE [IndukId] IS NULL) WHERE [SatkerId] = 0;");
            // ---- end of hand-written data fix ----

            migrationBuilder.CreateIndex(
                name: "IX_AngkaTercantum_SatkerId_Tahun",
                table: "AngkaTercantum",
                columns: new[] { "SatkerId", "Tahun" });

            migrationBuilder.AddForeignKey(
                name: "FK_AngkaTercantum_Satker_SatkerId",
                table: "AngkaTercantum",
                column: "SatkerId",
                principalTable: "Satker",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AngkaTercantum_Satker_SatkerId",
                table: "AngkaTercantum");

            migrationBuilder.DropIndex(
                name: "IX_AngkaTercantum_SatkerId_Tahun",
                table: "AngkaTercantum");

            migrationBuilder.DropColumn(
                name: "SatkerId",
                table: "AngkaTercantum");

            migrationBuilder.CreateIndex(
                name: "IX_AngkaTercantum_Tahun",
                table: "AngkaTercantum",
                column: "Tahun");
        }
    }
}
