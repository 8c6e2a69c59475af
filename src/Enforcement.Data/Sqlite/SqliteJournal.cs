using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Enforcement.Data.Sqlite;

/// <summary>How SQLite makes a commit durable (<c>Database:SqliteSynchronous</c>); see docs/architecture.md "SQLite durability".</summary>
public enum SqliteSynchronous
{
    /// <summary>
    /// WAL, synchronous=NORMAL: the WAL is synced at checkpoints, not at every commit. A commit survives the
    /// application being killed (kill -9, crash), but the last commits before a power cut or an operating-system crash
    /// may roll back (the database itself stays consistent).
    /// </summary>
    Normal,

    /// <summary>WAL, synchronous=FULL: every commit syncs the WAL before it returns, so an acknowledged batch also survives a power cut.</summary>
    Full,
}

/// <summary>
/// Puts every SQLite connection of the platform in write-ahead-log mode (readers do not block the writer, and a commit
/// appends to the log instead of rewriting pages through a rollback journal) with the configured synchronous level.
/// journal_mode=WAL is stored in the file; synchronous is per connection, so it is set on every open. A new database
/// gets 16 KiB pages (page_size only takes effect before the first table is written and before WAL is on, so it comes
/// first and is a no-op on an existing file): the records are appended in bulk, and larger pages write the same rows
/// with a quarter of the log frames and system calls of the 4 KiB default.
/// </summary>
public sealed class SqliteJournal(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    public SqliteSynchronous Synchronous => synchronous;

    private string Pragmas =>
        $"PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous={(synchronous == SqliteSynchronous.Full ? "FULL" : "NORMAL")};";

    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, SqliteSynchronous synchronous)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.AddInterceptors(new SqliteJournal(synchronous));
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
