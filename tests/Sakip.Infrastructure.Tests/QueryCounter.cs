using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Sakip.Infrastructure.Tests;

/// <summary>Counts the reader commands a context sends, for the tests that keep a page's query count fixed whatever the data size.</summary>
public sealed class QueryCounter : DbCommandInterceptor
{
    public int Count;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
