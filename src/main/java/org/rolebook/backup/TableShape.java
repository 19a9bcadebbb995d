package org.rolebook.backup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a table of this database takes, read from its information schema before a restore writes
 * to it: each column's kind, whether it needs a value and how long a text may be, and each named
 * constraint with its columns. A row of an export is checked against it before it is written, and
 * a row the database refuses all the same is explained in the table's own terms (the column, the
 * row's value and what the column takes) rather than in the database's words.
 */
final class TableShape {

    /** A column: its JDBC type, whether it needs a value given, and the longest text it takes (0: no limit). */
    record Column(int type, boolean needsValue, boolean nullable, int maxLength) {}

    /** A named constraint: its kind (CHECK, UNIQUE, PRIMARY KEY, FOREIGN KEY) and its columns. */
    record Constraint(String kind, List<String> columns) {}

    private final String table;
    private final Map<String, Column> columns;
    private final Map<String, Constraint> constraints;

    private TableShape(String table, Map<String, Column> columns, Map<String, Constraint> constraints) {
        this.table = table;
        this.columns = columns;
        this.constraints = constraints;
    }

    static TableShape of(JdbcTemplate jdbc, String table, Map<String, Integer> types) {
        Map<String, Column> columns = new LinkedHashMap<>();
        jdbc.query(
                "select column_name, is_nullable, column_default, is_identity, character_maximum_length "
                        + "from information_schema.columns where lower(table_name) = ? and table_schema = current_schema",
                row -> {
                    String name = row.getString(1).toLowerCase(Locale.ROOT);
                    boolean nullable = "YES".equalsIgnoreCase(row.getString(2));
                    boolean filled = row.getString(3) != null || "YES".equalsIgnoreCase(row.getString(4));
                    long length = row.getLong(5);
                    columns.put(
                            name,
                            new Column(
                                    types.getOrDefault(name, java.sql.Types.OTHER),
                                    !nullable && !filled,
                                    nullable,
                                    length > 0 && length < Integer.MAX_VALUE ? (int) length : 0));
                },
                table);
        Map<String, Constraint> constraints = new LinkedHashMap<>();
        jdbc.query(
                "select tc.constraint_name, tc.constraint_type, k.column_name "
                        + "from information_schema.table_constraints tc "
                        + "join information_schema.key_column_usage k on k.constraint_name = tc.constraint_name "
                        + "and k.table_schema = tc.table_schema and lower(k.table_name) = lower(tc.table_name) "
                        + "where lower(tc.table_name) = ? and tc.table_schema = current_schema "
                        + "and tc.constraint_type in ('UNIQUE', 'PRIMARY KEY', 'FOREIGN KEY') "
                        + "union all "
                        + "select tc.constraint_name, tc.constraint_type, u.column_name "
                        + "from information_schema.table_constraints tc "
                        + "join information_schema.constraint_column_usage u on u.constraint_name = tc.constraint_name "
                        + "and u.table_schema = tc.table_schema "
                        + "where lower(tc.table_name) = ? and tc.table_schema = current_schema "
                        + "and tc.constraint_type = 'CHECK'",
                row -> {
                    String name = row.getString(1).toLowerCase(Locale.ROOT);
                    String kind = row.getString(2).toUpperCase(Locale.ROOT);
                    String column = row.getString(3).toLowerCase(Locale.ROOT);
                    Constraint known = constraints.computeIfAbsent(name, n -> new Constraint(kind, new ArrayList<>()));
                    if (!known.columns().contains(column)) {
                        known.columns().add(column);
                    }
                },
                table,
                table);
        return new TableShape(table, columns, constraints);
    }

    /**
     * What is wrong with a row before it is written: a column that needs a value and has none, or
     * a text longer than its column takes. Values are by column, as the export gives them.
     */
    Optional<String> problem(int rowNumber, Map<String, @Nullable Object> values) {
        for (var entry : columns.entrySet()) {
            String name = entry.getKey();
            Column column = entry.getValue();
            Object value = values.get(name);
            boolean given = values.containsKey(name);
            if (value == null && (column.needsValue() || (given && !column.nullable()))) {
                return Optional.of(
                        "%s.%s of row %d has no value; this column needs one".formatted(table, name, rowNumber));
            }
            if (value instanceof String text && column.maxLength() > 0 && text.length() > column.maxLength()) {
                return Optional.of("%s.%s of row %d is %d characters long; this column takes at most %d"
                        .formatted(table, name, rowNumber, text.length(), column.maxLength()));
            }
        }
        return Optional.empty();
    }

    /**
     * Why the database refused a row, in the table's terms: the constraint its message names, the
     * columns of that constraint and the row's values of them; only the kind of refusal where the
     * database names no constraint of the table.
     */
    String refusal(int rowNumber, Map<String, @Nullable Object> values, DataAccessException refused) {
        String said =
                String.valueOf(refused.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        var named = constraints.entrySet().stream()
                .filter(entry -> said.contains(entry.getKey()))
                .max(java.util.Comparator.comparingInt(entry -> entry.getKey().length())); // "x_uq" in "x_uq2"
        if (named.isPresent()) {
            var entry = named.get();
            Constraint constraint = entry.getValue();
            String which = String.join(
                    ", ",
                    constraint.columns().stream()
                            .map(c -> "%s.%s %s".formatted(table, c, shown(values.get(c))))
                            .toList());
            String why = switch (constraint.kind()) {
                case "CHECK" -> "is not a value this column takes";
                case "FOREIGN KEY" -> "names a row that the export does not have";
                default -> "is already the value of another row, and must be unique";
            };
            return "row %d of %s cannot be restored: %s %s (%s)"
                    .formatted(rowNumber, table, which, why, entry.getKey());
        }
        String state = refused.getMostSpecificCause() instanceof java.sql.SQLException sql
                ? String.valueOf(sql.getSQLState())
                : "";
        String why = state.startsWith("23")
                ? "it breaks a rule of the table (a value it must have, must not repeat or must refer to)"
                : state.startsWith("22") ? "a value is not one its column takes" : "the database refused it";
        return "row %d of %s cannot be restored: %s%s"
                .formatted(rowNumber, table, why, state.isEmpty() ? "" : " (SQL state " + state + ")");
    }

    private static String shown(@Nullable Object value) {
        if (value == null) {
            return "empty";
        }
        String text = org.rolebook.framework.ControlCharacters.shown(String.valueOf(value));
        text = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        return value instanceof String ? "\"" + text + "\"" : text;
    }
}
