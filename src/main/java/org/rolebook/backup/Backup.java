package org.rolebook.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.rolebook.audit.AuditLog;
import org.rolebook.audit.Change;
import org.rolebook.audit.Kind;
import org.rolebook.framework.CatalogueConflict;
import org.rolebook.framework.FieldProblem;
import org.rolebook.roleprofile.ApprovedValues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * All data as one JSON document, table by table in the order their references need, and back.
 * A restore goes into an empty database only, in one transaction, and moves each identity
 * column on past the ids it restored, so that new rows never collide with restored ones.
 */
@Service
public class Backup {

    /** The tables, parents before children. A new table must be added here; a test checks that none is missing. */
    public static final List<String> TABLES = List.of(
            "source_document",
            "framework",
            "job_family",
            "family_note",
            "family_level",
            "level_text",
            "grade_profile",
            "standard_statement",
            "school",
            "role_profile",
            "role_profile_version",
            "workflow_event",
            "grade_decision",
            "app_user",
            "app_user_school",
            "api_token",
            "audit_entry");

    static final int FORMAT = 1;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final AuditLog audit;

    Backup(JdbcTemplate jdbc, DataSource dataSource, AuditLog audit) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.audit = audit;
    }

    /** Writes every row of every table; returns the number of rows per table. The export itself is recorded in the audit log. */
    @Transactional
    public Map<String, Integer> export(OutputStream out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        document.put("format", FORMAT);
        document.put("exportedAt", Instant.now().toString());
        Map<String, Object> tables = new LinkedHashMap<>();
        for (String table : TABLES) {
            List<Map<String, Object>> rows = new ArrayList<>();
            jdbc.query("select * from " + table + " order by 1, 2", row -> {
                Map<String, Object> values = new LinkedHashMap<>();
                var meta = row.getMetaData();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    values.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), value(row.getObject(c)));
                }
                rows.add(values);
            });
            tables.put(table, rows);
            counts.put(table, rows.size());
        }
        document.put("tables", tables);
        JSON.writeValue(out, document);
        audit.record(Change.of(Kind.BACKUP, "all data exported", "database").values(null, counts));
        return counts;
    }

    /** Restores an export into an empty database; refuses a database that holds any data. */
    @Transactional
    public Map<String, Integer> restore(InputStream in) {
        JsonNode document;
        try {
            document = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new FieldProblem("file", "not a Rolebook export: " + e.getOriginalMessage());
        }
        if (document == null
                || !document.path("tables").isObject()
                || document.path("format").asInt() != FORMAT) {
            throw new FieldProblem("file", "not a Rolebook export of format " + FORMAT);
        }
        for (String key : document.propertyNames()) {
            if (!List.of("format", "exportedAt", "tables").contains(key)) {
                throw new FieldProblem("file", "the export has a part \"" + key + "\" that no Rolebook export has");
            }
        }
        for (String table : document.path("tables").propertyNames()) {
            if (!TABLES.contains(table)) {
                throw new FieldProblem("file", "the export has a table " + table + " this database does not");
            }
        }
        for (String table : TABLES) {
            Integer rows = jdbc.queryForObject("select count(*) from " + table, Integer.class);
            if (rows != null && rows > 0) {
                throw new CatalogueConflict(
                        "database",
                        "the database is not empty (" + table + " has " + rows
                                + " rows); restore needs an empty database");
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            JsonNode rows = document.path("tables").path(table);
            counts.put(table, insert(table, rows));
            moveIdentityOn(table);
        }
        fillDerivedColumns();
        audit.record(Change.of(Kind.BACKUP, "restored from an export", "database")
                .summary("exported at " + document.path("exportedAt").asString(""))
                .values(null, counts));
        return counts;
    }

    /**
     * An export made before role profiles kept their search text, or their approved version's
     * values, lacks those columns: they are worked out again from the versions, as the migrations
     * that added them did.
     */
    private void fillDerivedColumns() {
        jdbc.update("update role_profile set search_text = lower(post_title || ' ' || "
                + "(select v.content from role_profile_version v where v.profile_id = role_profile.id "
                + "and v.version = role_profile.current_version)) where search_text is null");
        ApprovedValues.fill(jdbc);
    }

    private int insert(String table, JsonNode rows) {
        if (!rows.isArray() || rows.isEmpty()) {
            return 0;
        }
        Map<String, Integer> types = columnTypes(table);
        TableShape shape = TableShape.of(jdbc, table, types);
        int count = 0;
        for (JsonNode row : rows) {
            List<String> columns = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            Map<String, @Nullable Object> byColumn = new LinkedHashMap<>();
            for (var field : ((ObjectNode) row).properties()) {
                Integer type = types.get(field.getKey());
                if (type == null) {
                    throw new FieldProblem(
                            "file",
                            "the export has a column " + table + "." + field.getKey() + " this database does not");
                }
                columns.add(field.getKey());
                try {
                    Object value = typed(field.getValue(), type);
                    values.add(value);
                    byColumn.put(field.getKey(), value);
                } catch (JacksonException | IllegalArgumentException | java.time.DateTimeException wrongKind) {
                    throw new FieldProblem(
                            "file",
                            "%s.%s of row %d: %s is not a value this column takes"
                                    .formatted(table, field.getKey(), count + 1, field.getValue()));
                }
            }
            int number = count + 1;
            shape.problem(number, byColumn).ifPresent(problem -> {
                throw new FieldProblem("file", problem);
            });
            String marks = String.join(", ", columns.stream().map(c -> "?").toList());
            try {
                jdbc.update(
                        "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")",
                        values.toArray());
            } catch (org.springframework.dao.DataAccessException refused) {
                throw new FieldProblem("file", shape.refusal(number, byColumn, refused));
            }
            count++;
        }
        return count;
    }

    private Map<String, Integer> columnTypes(String table) {
        Map<String, Integer> types = new LinkedHashMap<>();
        jdbc.query("select * from " + table + " where 1 = 0", (java.sql.ResultSet empty) -> {
            var meta = empty.getMetaData();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                types.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), meta.getColumnType(c));
            }
            return null;
        });
        return types;
    }

    private void moveIdentityOn(String table) {
        if (!columnTypes(table).containsKey("id")) {
            return;
        }
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
        long next = (max == null ? 0 : max) + 1;
        if (isPostgres()) {
            jdbc.queryForObject("select setval(pg_get_serial_sequence(?, 'id'), ?, false)", Long.class, table, next);
        } else {
            jdbc.execute("alter table " + table + " alter column id restart with " + next);
        }
    }

    private boolean isPostgres() {
        try (var connection = dataSource.getConnection()) {
            return connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not read the database's name", e);
        }
    }

    private static Object value(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant().toString();
        }
        if (value instanceof java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return value;
    }

    private static Object typed(JsonNode value, int type) {
        if (value == null || value.isNull()) {
            return null;
        }
        return switch (type) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Timestamp.from(Instant.parse(value.asString()));
            case Types.BIGINT -> value.asLong();
            case Types.INTEGER, Types.SMALLINT -> value.asInt();
            case Types.BOOLEAN, Types.BIT -> value.asBoolean();
            case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(value.asString());
            default -> value.asString();
        };
    }
}
