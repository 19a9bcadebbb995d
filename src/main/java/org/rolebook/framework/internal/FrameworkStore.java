package org.rolebook.framework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rolebook.framework.Framework;
import org.rolebook.framework.SourceDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Frameworks and source documents in the database. */
@Repository
public class FrameworkStore {

    private final JdbcClient jdbc;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Changes whenever a document is stored: readers use it to know their copy is stale. */
    public long revision() {
        return jdbc.sql("select coalesce(max(id), 0) from source_document")
                .query(Long.class)
                .single();
    }

    public boolean hasDocument(String sha256) {
        return jdbc.sql("select count(*) from source_document where sha256 = ?")
                        .param(sha256)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public long insertDocument(SourceDocument document) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into source_document (file_name, sha256, kind, content, imported_at) values (?, ?, ?, ?, ?)")
                .params(
                        document.fileName(),
                        document.sha256(),
                        document.kind(),
                        document.content(),
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return keyOf(keys);
    }

    /** The framework most recently created: the one pages and lookups read. */
    public Optional<Framework> current() {
        return jdbc.sql("select * from framework order by created_at desc, id desc")
                .query(FrameworkStore::framework)
                .optional();
    }

    public Optional<Framework> byName(String name) {
        return jdbc.sql("select * from framework where name = ? order by version desc")
                .param(name)
                .query(FrameworkStore::framework)
                .optional();
    }

    public Framework create(String name, @Nullable Integer effectiveYear) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into framework (name, effective_year, version, created_at) values (?, ?, 1, ?)")
                .params(name, effectiveYear, Timestamp.from(Instant.now()))
                .update(keys, "id");
        return new Framework(keyOf(keys), name, null, effectiveYear, 1);
    }

    public void setPublisherIfUnknown(long frameworkId, String publisher) {
        jdbc.sql("update framework set publisher = ? where id = ? and publisher is null")
                .params(publisher, frameworkId)
                .update();
    }

    public void setGuidanceIfUnknown(long frameworkId, String guidance) {
        jdbc.sql("update framework set guidance = ? where id = ? and guidance is null")
                .params(guidance, frameworkId)
                .update();
    }

    public java.util.Optional<String> guidance(long frameworkId) {
        return jdbc.sql("select guidance from framework where id = ? and guidance is not null")
                .param(frameworkId)
                .query(String.class)
                .optional();
    }

    public List<String> documentNames() {
        return jdbc.sql("select file_name from source_document order by id")
                .query(String.class)
                .list();
    }

    static long keyOf(GeneratedKeyHolder keys) {
        Number key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("the database returned no generated key");
        }
        return key.longValue();
    }

    private static Framework framework(java.sql.ResultSet row, int index) throws java.sql.SQLException {
        int year = row.getInt("effective_year");
        Integer effectiveYear = row.wasNull() ? null : year;
        return new Framework(
                row.getLong("id"),
                row.getString("name"),
                row.getString("publisher"),
                effectiveYear,
                row.getInt("version"));
    }
}
