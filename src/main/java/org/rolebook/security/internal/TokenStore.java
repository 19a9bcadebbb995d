package org.rolebook.security.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rolebook.security.ApiToken;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** API tokens by the SHA-256 hash of the token; the token itself is never stored. */
@Repository
public class TokenStore {

    private static final RowMapper<ApiToken> TOKEN = (row, i) -> new ApiToken(
            row.getLong("id"),
            row.getString("username"),
            row.getString("name"),
            row.getString("token_start"),
            row.getTimestamp("created_at").toInstant(),
            row.getTimestamp("expires_at").toInstant(),
            instant(row.getTimestamp("revoked_at")),
            instant(row.getTimestamp("last_used_at")));

    private final JdbcClient jdbc;

    TokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String username, String name, String hash, String start, Instant created, Instant expires) {
        jdbc.sql("insert into api_token (username, name, token_hash, token_start, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(username, name, hash, start, Timestamp.from(created), Timestamp.from(expires))
                .update();
        return jdbc.sql("select id from api_token where token_hash = ?")
                .param(hash)
                .query(Long.class)
                .single();
    }

    public Optional<ApiToken> byHash(String hash) {
        return jdbc.sql("select * from api_token where token_hash = ?")
                .param(hash)
                .query(TOKEN)
                .optional();
    }

    public Optional<ApiToken> byId(long id) {
        return jdbc.sql("select * from api_token where id = ?")
                .param(id)
                .query(TOKEN)
                .optional();
    }

    public List<ApiToken> ofUser(String username) {
        return jdbc.sql("select * from api_token where username = ? order by id desc")
                .param(username)
                .query(TOKEN)
                .list();
    }

    public void revoke(long id, Instant at) {
        jdbc.sql("update api_token set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(at), id)
                .update();
    }

    public void used(long id, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?")
                .params(Timestamp.from(at), id)
                .update();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
