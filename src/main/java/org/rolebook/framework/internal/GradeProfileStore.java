package org.rolebook.framework.internal;

import java.util.List;
import org.rolebook.framework.Grade;
import org.rolebook.framework.GradeProfile;
import org.rolebook.framework.StandardStatement;
import org.rolebook.framework.TextBlock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Generic grade profiles and the employer's standard statements of a framework. */
@Repository
public class GradeProfileStore {

    private final JdbcClient jdbc;

    GradeProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long frameworkId, GradeProfile profile, long documentId) {
        jdbc.sql("""
                        insert into grade_profile (framework_id, grade, heading, level_name, title, purpose,
                            scope_of_work, accountabilities, skills, performance_measures, source_document_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        frameworkId,
                        profile.grade().number(),
                        profile.heading(),
                        profile.levelName(),
                        profile.title(),
                        profile.purpose().asWritten(),
                        profile.scopeOfWork().asWritten(),
                        profile.accountabilities().asWritten(),
                        profile.skillsKnowledgeExperience().asWritten(),
                        profile.performanceMeasures().asWritten(),
                        documentId)
                .update();
    }

    public List<GradeProfile> gradeProfiles(long frameworkId) {
        return jdbc.sql("select * from grade_profile where framework_id = ? order by grade")
                .param(frameworkId)
                .query((row, i) -> new GradeProfile(
                        Grade.of(row.getInt("grade")),
                        row.getString("heading"),
                        row.getString("level_name"),
                        row.getString("title"),
                        new TextBlock(row.getString("purpose")),
                        new TextBlock(row.getString("scope_of_work")),
                        new TextBlock(row.getString("accountabilities")),
                        new TextBlock(row.getString("skills")),
                        new TextBlock(row.getString("performance_measures"))))
                .list();
    }

    public void insertStatements(long frameworkId, List<StandardStatement> statements, long documentId) {
        for (int i = 0; i < statements.size(); i++) {
            StandardStatement statement = statements.get(i);
            jdbc.sql("""
                            insert into standard_statement (framework_id, position, title, text, source_document_id)
                            values (?, ?, ?, ?, ?)""")
                    .params(frameworkId, i, statement.title(), statement.text().asWritten(), documentId)
                    .update();
        }
    }

    public List<StandardStatement> statements(long frameworkId) {
        return jdbc.sql("select title, text from standard_statement where framework_id = ? order by position")
                .param(frameworkId)
                .query((row, i) -> new StandardStatement(row.getString("title"), new TextBlock(row.getString("text"))))
                .list();
    }
}
