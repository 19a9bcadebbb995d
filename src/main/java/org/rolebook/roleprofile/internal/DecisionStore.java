package org.rolebook.roleprofile.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.util.List;
import org.rolebook.framework.Grade;
import org.rolebook.roleprofile.GradeDecision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The grade decisions recorded when role profiles are approved; rows are only ever added. */
@Repository
public class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(GradeDecision decision) {
        jdbc.sql("""
                        insert into grade_decision (profile_id, version, stated_grade, suggested_family,
                            suggested_grade, confidence, decided_family, decided_grade, rationale, decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        decision.profileId(),
                        decision.version(),
                        decision.statedGrade() == null
                                ? null
                                : decision.statedGrade().number(),
                        decision.suggestedFamily(),
                        decision.suggestedGrade() == null
                                ? null
                                : decision.suggestedGrade().number(),
                        BigDecimal.valueOf(decision.confidence()).setScale(3, RoundingMode.HALF_UP),
                        decision.decidedFamily(),
                        decision.decidedGrade().number(),
                        decision.rationale(),
                        decision.decidedBy(),
                        Timestamp.from(decision.decidedAt()))
                .update();
    }

    /** The decisions on a profile, oldest first. */
    public List<GradeDecision> of(long profileId) {
        return jdbc.sql("select * from grade_decision where profile_id = ? order by decided_at, id")
                .param(profileId)
                .query((row, i) -> {
                    int suggested = row.getInt("suggested_grade");
                    Grade suggestedGrade = row.wasNull() ? null : Grade.of(suggested);
                    int stated = row.getInt("stated_grade");
                    Grade statedGrade = row.wasNull() ? null : Grade.of(stated);
                    return new GradeDecision(
                            row.getLong("profile_id"),
                            row.getInt("version"),
                            statedGrade,
                            row.getString("suggested_family"),
                            suggestedGrade,
                            row.getBigDecimal("confidence").doubleValue(),
                            row.getString("decided_family"),
                            Grade.of(row.getInt("decided_grade")),
                            row.getString("rationale"),
                            row.getString("decided_by"),
                            row.getTimestamp("decided_at").toInstant());
                })
                .list();
    }
}
