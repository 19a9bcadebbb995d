package org.rolebook.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.rolebook.audit.AuditEntry;
import org.rolebook.audit.AuditPage;
import org.rolebook.audit.AuditQuery;
import org.rolebook.audit.Kind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Audit entries: inserted, and read by query. There is no update or delete, here or anywhere. */
@Repository
public class AuditStore {

    private static final RowMapper<AuditEntry> ENTRY = (row, i) -> new AuditEntry(
            row.getLong("id"),
            row.getTimestamp("at").toInstant(),
            row.getString("actor"),
            Kind.valueOf(row.getString("kind")),
            row.getString("action"),
            row.getString("subject"),
            row.getString("summary"),
            row.getString("before_value"),
            row.getString("after_value"));

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(
            Instant at,
            String actor,
            Kind kind,
            String action,
            String subject,
            @Nullable String summary,
            @Nullable String before,
            @Nullable String after) {
        jdbc.sql("insert into audit_entry (at, actor, kind, action, subject, summary, before_value, after_value)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), actor, kind.name(), action, subject, summary, before, after)
                .update();
    }

    public AuditPage find(AuditQuery query) {
        Where where = where(query);
        long total = jdbc.sql("select count(*) from audit_entry" + where.sql)
                .params(where.params)
                .query(Long.class)
                .single();
        List<Object> params = new ArrayList<>(where.params);
        params.add(query.size());
        params.add((long) (query.page() - 1) * query.size());
        List<AuditEntry> entries = jdbc.sql(
                        "select * from audit_entry" + where.sql + " order by id desc limit ? offset ?")
                .params(params)
                .query(ENTRY)
                .list();
        return new AuditPage(entries, total, query.page(), query.size());
    }

    /** Every entry the query matches, oldest first, one at a time. */
    public void each(AuditQuery query, Consumer<AuditEntry> consumer) {
        Where where = where(query);
        jdbc.sql("select * from audit_entry" + where.sql + " order by id").params(where.params).query(ENTRY).stream()
                .forEach(consumer);
    }

    public List<String> actors() {
        return jdbc.sql("select distinct actor from audit_entry order by actor")
                .query(String.class)
                .list();
    }

    private record Where(String sql, List<Object> params) {}

    private static Where where(AuditQuery query) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.actor() != null) {
            clauses.add("actor = ?");
            params.add(query.actor());
        }
        if (query.kind() != null) {
            clauses.add("kind = ?");
            params.add(query.kind().name());
        }
        if (query.text() != null) {
            // the words may be in what happened, to what, its summary, or the values (a rationale, a comment)
            clauses.add("(lower(subject) like ? escape '\\' or lower(action) like ? escape '\\'"
                    + " or lower(summary) like ? escape '\\' or lower(before_value) like ? escape '\\'"
                    + " or lower(after_value) like ? escape '\\')");
            String like = "%" + query.text().toLowerCase(Locale.ROOT).replaceAll("([\\\\%_])", "\\\\$1") + "%";
            for (int i = 0; i < 5; i++) {
                params.add(like);
            }
        }
        if (query.from() != null) {
            clauses.add("at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            clauses.add("at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return new Where(clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses), params);
    }
}
