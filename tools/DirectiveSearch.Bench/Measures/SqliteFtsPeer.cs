using System.Diagnostics;
using System.Text.RegularExpressions;
using DirectiveSearch.Core.Documents;
using Microsoft.Data.Sqlite;

namespace DirectiveSearch.Bench.Measures;

/// <summary>
/// The peer the benchmark compares against: SQLite FTS5 over the same passages (same granularity: lead,
/// sections, tail), tokenized by unicode61 with diacritics removed, ordered by BM25, with a snippet of each
/// hit, the top passages grouped into documents as our search groups them. What it does not do that ours
/// does: facets, exact-form ranking, bigrams, tone-mark canonicalization, đ → d, directive references.
/// </summary>
public sealed partial class SqliteFtsPeer : IDisposable
{
    private const int PassagesPerQuery = 30;
    private const int DocumentsPerQuery = 10;

    private readonly SqliteConnection connection;
    private readonly ThreadLocal<SqliteConnection> readers;

    private SqliteFtsPeer(string path)
    {
        Path = path;
        connection = Open(path);
        readers = new ThreadLocal<SqliteConnection>(() => Open(path), trackAllValues: true);
    }

    public string Path { get; }

    public double BuildSeconds { get; private set; }

    public int Passages { get; private set; }

    public static SqliteFtsPeer Build(string path, IEnumerable<DocumentRecord> records)
    {
        if (File.Exists(path))
            File.Delete(path);
        var peer = new SqliteFtsPeer(path);
        var clock = Stopwatch.StartNew();
        Execute(peer.connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        Execute(peer.connection, "CREATE VIRTUAL TABLE passages USING fts5(doc UNINDEXED, path UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');");
        using (var transaction = peer.connection.BeginTransaction())
        {
            using var insert = peer.connection.CreateCommand();
            insert.CommandText = "INSERT INTO passages (doc, path, text) VALUES ($doc, $path, $text)";
            var doc = insert.Parameters.Add("$doc", SqliteType.Text);
            var passagePath = insert.Parameters.Add("$path", SqliteType.Text);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            foreach (var record in records)
            {
                foreach (var passage in PassageSplitter.Split(record))
                {
                    doc.Value = record.Id;
                    passagePath.Value = passage.Path;
                    text.Value = record.Text[passage.Start..passage.End];
                    insert.ExecuteNonQuery();
                    peer.Passages++;
                }
            }

            transaction.Commit();
        }

        Execute(peer.connection, "INSERT INTO passages (passages) VALUES ('optimize');");
        peer.BuildSeconds = clock.Elapsed.TotalSeconds;
        return peer;
    }

    /// <summary>
    /// The user's words as an FTS5 query: each token quoted (so no word is syntax); up to three must all match,
    /// longer queries match any, as ours asks most of the words of a pasted sentence. Returns the documents found.
    /// </summary>
    public int Search(string query)
    {
        var tokens = Token().Matches(query).Select(m => $"\"{m.Value}\"").Distinct().Take(64).ToList();
        if (tokens.Count == 0)
            return 0;
        var reader = readers.Value!;
        using var command = reader.CreateCommand();
        command.CommandText =
            "SELECT doc, path, snippet(passages, 2, '<mark>', '</mark>', '…', 24) FROM passages " +
            "WHERE passages MATCH $q ORDER BY bm25(passages) LIMIT $n";
        command.Parameters.AddWithValue("$q", string.Join(tokens.Count <= 3 ? " " : " OR ", tokens));
        command.Parameters.AddWithValue("$n", PassagesPerQuery);
        var documents = new HashSet<string>(StringComparer.Ordinal);
        using var rows = command.ExecuteReader();
        while (rows.Read() && documents.Count < DocumentsPerQuery)
        {
            documents.Add(rows.GetString(0));
            _ = rows.GetString(2);
        }

        return documents.Count;
    }

    /// <summary>
    /// The ranking peer: one row per article, tokenized as above, for <see cref="RankArticles"/>.
    /// </summary>
    public static SqliteFtsPeer BuildArticles(string path, IReadOnlyList<(string Id, string Text)> articles)
    {
        if (File.Exists(path))
            File.Delete(path);
        var peer = new SqliteFtsPeer(path);
        Execute(peer.connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        Execute(peer.connection, "CREATE VIRTUAL TABLE articles USING fts5(id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 2');");
        using (var transaction = peer.connection.BeginTransaction())
        {
            using var insert = peer.connection.CreateCommand();
            insert.CommandText = "INSERT INTO articles (id, text) VALUES ($id, $text)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            foreach (var article in articles)
            {
                id.Value = article.Id;
                text.Value = article.Text;
                insert.ExecuteNonQuery();
                peer.Passages++;
            }

            transaction.Commit();
        }

        return peer;
    }

    /// <summary>The articles best first for a question: its words OR-ed (each quoted, so none is syntax), by BM25.</summary>
    public List<string> RankArticles(string question, int limit)
    {
        var tokens = Token().Matches(question).Select(m => $"\"{m.Value}\"").Distinct().Take(64).ToList();
        var ranked = new List<string>();
        if (tokens.Count == 0)
            return ranked;
        using var command = readers.Value!.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE articles MATCH $q ORDER BY bm25(articles) LIMIT $n";
        command.Parameters.AddWithValue("$q", string.Join(" OR ", tokens));
        command.Parameters.AddWithValue("$n", limit);
        using var rows = command.ExecuteReader();
        while (rows.Read())
            ranked.Add(rows.GetString(0));
        return ranked;
    }

    public void Dispose()
    {
        foreach (var reader in readers.Values)
            reader.Dispose();
        readers.Dispose();
        connection.Dispose();
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+")]
    private static partial Regex Token();
}
