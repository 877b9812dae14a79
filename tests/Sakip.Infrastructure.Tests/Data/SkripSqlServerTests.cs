using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Sakip.Infrastructure.Data;

namespace Sakip.Infrastructure.Tests.Data;

/// <summary>
/// The SQL Server migration scripts (plain and idempotent, as `dotnet ef migrations script` writes them) and the lock SQL of
/// <see cref="KunciTulis"/> are valid T-SQL for SQL Server 2022 according to Microsoft's own parser (ScriptDom, TSql160Parser).
/// No server is needed; what only a server can prove is listed in docs/security.md.
/// </summary>
public sealed class SkripSqlServerTests
{
    private static SakipDbContext SqlServer()
    {
        var options = new DbContextOptionsBuilder<SakipDbContext>();
        DependencyInjection.ConfigureProvider(options, "SqlServer", "Server=127.0.0.1,1;Database=Sakip;User Id=sa;Password=x;TrustServerCertificate=True;Connect Timeout=1");
        return new SakipDbContext(options.Options);
    }

    /// <summary>Splits on `GO` lines like sqlcmd/SSMS and parses each batch; every error as "batch n, line l, col c: message | the line".</summary>
    internal static List<string> Periksa(string skrip)
    {
        var galat = new List<string>();
        var batch = Regex.Split(skrip.Replace("\r\n", "\n"), @"^[ \t]*GO[ \t]*(?:\d+)?[ \t]*$", RegexOptions.Multiline | RegexOptions.IgnoreCase);
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        for (var i = 0; i < batch.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(batch[i])) continue;
            using var reader = new StringReader(batch[i]);
            parser.Parse(reader, out var errors);
            var baris = batch[i].Split('\n');
            foreach (var e in errors)
                galat.Add($"batch {i + 1}, line {e.Line}, col {e.Column}: {e.Message} | {(e.Line >= 1 && e.Line <= baris.Length ? baris[e.Line - 1].Trim() : "")}");
            // the text run by EXEC(N'…') is a batch of its own on the server: parse it too, quotes undoubled
            foreach (Match m in Regex.Matches(batch[i], @"EXEC\s*\(\s*N'((?:[^']|'')*)'\s*\)", RegexOptions.IgnoreCase))
            {
                using var dalam = new StringReader(m.Groups[1].Value.Replace("''", "'"));
                parser.Parse(dalam, out var errorsDalam);
                foreach (var e in errorsDalam)
                    galat.Add($"batch {i + 1}, EXEC(N'…') text, line {e.Line}, col {e.Column}: {e.Message} | {m.Groups[1].Value}");
            }
        }
        return galat;
    }

    private static TSqlFragment Urai(string sql)
    {
        using var reader = new StringReader(sql);
        var fragmen = new TSql160Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        errors.Select(e => $"line {e.Line}, col {e.Column}: {e.Message}").Should().BeEmpty();
        return fragmen;
    }

    private sealed class Pengumpul : TSqlFragmentVisitor
    {
        public List<ExecuteStatement> Exec { get; } = [];
        public List<IfStatement> If { get; } = [];
        public List<ThrowStatement> Throw { get; } = [];
        public override void Visit(ExecuteStatement node) => Exec.Add(node);
        public override void Visit(IfStatement node) => If.Add(node);
        public override void Visit(ThrowStatement node) => Throw.Add(node);
    }

    private static string Daftar(List<string> galat) => galat.Count == 0 ? "" : string.Join(Environment.NewLine, galat.Prepend($"{galat.Count} parse error(s):"));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EveryBatchOfTheMigrationScriptParsesAsTSql(bool idempotent)
    {
        using var db = SqlServer();
        var skrip = db.GetService<IMigrator>().GenerateScript(
            options: idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default);
        skrip.Should().Contain("CREATE TABLE [JejakPerubahan]").And.Contain("JejakPerubahan_HanyaTambah", "the audit log's trigger is part of the script");
        var galat = Periksa(skrip);
        galat.Should().BeEmpty(Daftar(galat));
    }

    [Fact]
    public void TheParserCatchesATriggerThatIsNotFirstInItsBatchAndBrokenTextInsideExec()
    {
        // the check itself works: the form the scripts used to have is refused, the EXEC(N'…') form is accepted, and a
        // mistake inside the EXEC text (here quotes not doubled, read back as a cut string) is found too
        Periksa("IF 1 = 1\nBEGIN\n    CREATE TRIGGER [t] ON [x] INSTEAD OF DELETE AS BEGIN SELECT 1; END\nEND;\n").Should().NotBeEmpty();
        Periksa("IF 1 = 1\nBEGIN\n    EXEC(N'CREATE TRIGGER [t] ON [x] INSTEAD OF DELETE AS BEGIN THROW 51000, N''x'', 1; END');\nEND;\n").Should().BeEmpty();
        Periksa("EXEC(N'CREATE TRIGGER [t] ON [x] INSTEAD OF DELETE AS BEGIN THROW 51000, N''x, 1; END');\n").Should().NotBeEmpty();
    }

    [Fact]
    public void TheApplicationLockOfKunciTulisIsValidTSqlAndThrowsWhenSpGetapplockReturnsANegativeStatus()
    {
        var sql = KunciTulis.SqlKunciSqlServer;
        Periksa(sql).Should().BeEmpty();
        var v = new Pengumpul();
        Urai(sql).Accept(v);

        var exec = v.Exec.Should().ContainSingle().Subject.ExecuteSpecification;
        exec.Variable.Should().NotBeNull("the status sp_getapplock returns must be kept");
        var proc = exec.ExecutableEntity.Should().BeOfType<ExecutableProcedureReference>().Subject;
        proc.ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value.Should().Be("sp_getapplock");
        var p = proc.Parameters.ToDictionary(x => x.Variable.Name, x => x.ParameterValue, StringComparer.OrdinalIgnoreCase);
        p["@Resource"].Should().BeOfType<VariableReference>().Which.Name.Should().Be(KunciTulis.ParameterSumberDaya);
        p["@LockMode"].Should().BeOfType<StringLiteral>().Which.Value.Should().Be("Exclusive");
        p["@LockOwner"].Should().BeOfType<StringLiteral>().Which.Value.Should().Be("Transaction", "released with the save's transaction");
        p["@LockTimeout"].Should().BeOfType<IntegerLiteral>().Which.Value.Should().Be("15000");

        var jika = v.If.Should().ContainSingle().Subject;
        var syarat = jika.Predicate.Should().BeOfType<BooleanComparisonExpression>().Subject;
        syarat.ComparisonType.Should().Be(BooleanComparisonType.LessThan);
        syarat.FirstExpression.Should().BeOfType<VariableReference>().Which.Name.Should().Be(exec.Variable.Name, "the status is what is tested");
        syarat.SecondExpression.Should().BeOfType<IntegerLiteral>().Which.Value.Should().Be("0");
        var lempar = v.Throw.Should().ContainSingle().Subject;
        Pengumpul dalamJika = new();
        jika.ThenStatement.Accept(dalamJika);
        dalamJika.Throw.Should().ContainSingle("THROW runs only when the lock was not granted");
        lempar.ErrorNumber.Should().BeOfType<IntegerLiteral>().Which.Value.Should().Be("51000");
    }
}
