using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sakip.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class JejakPerubahan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JejakPerubahan",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    WaktuUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Pengguna = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    JenisEntitas = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Kunci = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Aksi = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Perubahan = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SatkerId = table.Column<int>(type: "int", nullable: true),
                    AlamatIp = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    IdKorelasi = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Sumber = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JejakPerubahan", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JejakPerubahan_JenisEntitas_WaktuUtc",
                table: "JejakPerubahan",
                columns: new[] { "JenisEntitas", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakPerubahan_Pengguna_WaktuUtc",
                table: "JejakPerubahan",
                columns: new[] { "Pengguna", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakPerubahan_SatkerId_WaktuUtc",
                table: "JejakPerubahan",
                columns: new[] { "SatkerId", "WaktuUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_JejakPerubahan_WaktuUtc",
                table: "JejakPerubahan",
                column: "WaktuUtc");

            // Append-only in the database too (ExecuteUpdate/ExecuteDelete or a SQL console cannot change the log either).
            // CREATE TRIGGER must be the first statement of its batch, and the scripts put it after other statements (inside
            // IF NOT EXISTS … BEGIN … END in the idempotent one), so it runs through EXEC(N'…') with its quotes doubled. Same
            // trigger as before this was wrapped: databases already migrated are unaffected (SkripSqlServerTests parses both scripts).
            migrationBuilder.Sql("EXEC(N'CREATE TRIGGER [dbo].[JejakPerubahan_HanyaTambah] ON [JejakPerubahan] INSTEAD OF UPDATE, DELETE AS BEGIN THROW 51000, N''Jejak perubahan tidak dapat diubah atau dihapus.'', 1; END');");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS [dbo].[JejakPerubahan_HanyaTambah];");

            migrationBuilder.DropTable(
                name: "JejakPerubahan");
        }
    }
}
