package org.rolebook.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rolebook.security.Role;
import org.rolebook.security.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users, their password hashes and schools. */
@Repository
public class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** The name of a user whose name differs from this one only in capitals ("Ed.Oak" for "ed.oak"), if any. */
    public java.util.Optional<String> sameNameIgnoringCase(String username) {
        return jdbc
                .sql("select username from app_user where lower(username) = lower(?) order by username")
                .param(username)
                .query(String.class)
                .list()
                .stream()
                .findFirst();
    }

    public boolean exists(String username) {
        return jdbc.sql("select count(*) from app_user where username = ?")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(String username, String hash, Role role, Set<Long> schools) {
        jdbc.sql(
                        "insert into app_user (username, password_hash, role, enabled, failed_attempts, created_at) values (?, ?, ?, true, 0, ?)")
                .params(username, hash, role.name(), Timestamp.from(Instant.now()))
                .update();
        for (Long school : schools) {
            jdbc.sql("insert into app_user_school (username, school_id) values (?, ?)")
                    .params(username, school)
                    .update();
        }
    }

    public Optional<String> hash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(username)
                .query(String.class)
                .optional();
    }

    public void setHash(String username, String hash) {
        jdbc.sql("update app_user set password_hash = ? where username = ?")
                .params(hash, username)
                .update();
    }

    public Optional<User> find(String username) {
        return jdbc.sql("select * from app_user where username = ?")
                .param(username)
                .query((row, i) -> {
                    Timestamp locked = row.getTimestamp("locked_until");
                    return new User(
                            row.getString("username"),
                            Role.valueOf(row.getString("role")),
                            schools(row.getString("username")),
                            row.getBoolean("enabled"),
                            row.getInt("failed_attempts"),
                            locked == null ? null : locked.toInstant());
                })
                .optional();
    }

    public List<User> all() {
        return jdbc.sql("select username from app_user order by username").query(String.class).list().stream()
                .map(name -> find(name).orElseThrow())
                .toList();
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where username = ?")
                .params(enabled, username)
                .update();
    }

    /** Counts a wrong password; true when that locks the account. */
    public boolean failedAttempt(String username, int lockAfter, Instant lockUntil) {
        jdbc.sql("update app_user set failed_attempts = failed_attempts + 1 where username = ?")
                .param(username)
                .update();
        return jdbc.sql(
                                "update app_user set locked_until = ?, failed_attempts = 0 where username = ? and failed_attempts >= ?")
                        .params(Timestamp.from(lockUntil), username, lockAfter)
                        .update()
                > 0;
    }

    public void setRole(String username, Role role, Set<Long> schools) {
        jdbc.sql("update app_user set role = ? where username = ?")
                .params(role.name(), username)
                .update();
        jdbc.sql("delete from app_user_school where username = ?")
                .param(username)
                .update();
        for (Long school : schools) {
            jdbc.sql("insert into app_user_school (username, school_id) values (?, ?)")
                    .params(username, school)
                    .update();
        }
    }

    public void succeeded(String username) {
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null where username = ?")
                .param(username)
                .update();
    }

    private Set<Long> schools(String username) {
        return new TreeSet<>(jdbc.sql("select school_id from app_user_school where username = ?")
                .param(username)
                .query(Long.class)
                .list());
    }
}
