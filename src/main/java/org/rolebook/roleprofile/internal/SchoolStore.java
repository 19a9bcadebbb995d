package org.rolebook.roleprofile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rolebook.roleprofile.NewSchool;
import org.rolebook.roleprofile.Phase;
import org.rolebook.roleprofile.School;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Schools in the database. */
@Repository
public class SchoolStore {

    private final JdbcClient jdbc;

    SchoolStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<School> all() {
        return jdbc.sql("select * from school order by name")
                .query(SchoolStore::school)
                .list();
    }

    public Optional<School> byId(long id) {
        return jdbc.sql("select * from school where id = ?")
                .param(id)
                .query(SchoolStore::school)
                .optional();
    }

    public Optional<School> byUrn(String urn) {
        return jdbc.sql("select * from school where urn = ?")
                .param(urn)
                .query(SchoolStore::school)
                .optional();
    }

    public School insert(NewSchool school) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into school (urn, name, phase, pupils, created_at) values (?, ?, ?, ?, ?)")
                .params(
                        school.urn(),
                        school.name(),
                        school.phase().name(),
                        school.pupils(),
                        Timestamp.from(Instant.now()))
                .update(keys, "id");
        return new School(ProfileStore.key(keys), school.urn(), school.name(), school.phase(), school.pupils());
    }

    public School update(long id, NewSchool school) {
        jdbc.sql("update school set urn = ?, name = ?, phase = ?, pupils = ? where id = ?")
                .params(school.urn(), school.name(), school.phase().name(), school.pupils(), id)
                .update();
        return new School(id, school.urn(), school.name(), school.phase(), school.pupils());
    }

    static School school(ResultSet row, int index) throws SQLException {
        int pupils = row.getInt("pupils");
        return new School(
                row.getLong("id"),
                row.getString("urn"),
                row.getString("name"),
                Phase.valueOf(row.getString("phase")),
                row.wasNull() ? null : pupils);
    }
}
