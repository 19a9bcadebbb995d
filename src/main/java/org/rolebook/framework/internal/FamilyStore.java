package org.rolebook.framework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rolebook.framework.Dimension;
import org.rolebook.framework.FamilyLevel;
import org.rolebook.framework.Grade;
import org.rolebook.framework.JobFamily;
import org.rolebook.framework.LevelText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Job families, their notes and levels, cell by cell as written. */
@Repository
public class FamilyStore {

    private final JdbcClient jdbc;

    FamilyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(long frameworkId, String slug) {
        return jdbc.sql("select count(*) from job_family where framework_id = ? and slug = ?")
                        .params(frameworkId, slug)
                        .query(Long.class)
                        .single()
                > 0;
    }

    public void insert(long frameworkId, JobFamily family, long documentId) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into job_family (framework_id, slug, name, source_document_id) values (?, ?, ?, ?)")
                .params(frameworkId, family.slug(), family.name(), documentId)
                .update(keys, "id");
        long familyId = FrameworkStore.keyOf(keys);
        for (int i = 0; i < family.notes().size(); i++) {
            jdbc.sql("insert into family_note (family_id, position, text) values (?, ?, ?)")
                    .params(familyId, i, family.notes().get(i))
                    .update();
        }
        for (FamilyLevel level : family.levels()) {
            insertLevel(familyId, level);
        }
    }

    private void insertLevel(long familyId, FamilyLevel level) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into family_level (family_id, grade) values (?, ?)")
                .params(familyId, level.grade().number())
                .update(keys, "id");
        long levelId = FrameworkStore.keyOf(keys);
        int position = 0;
        for (Map.Entry<Dimension, LevelText> cell : level.texts().entrySet()) {
            insertText(levelId, position++, cell.getKey().name(), cell.getKey().label(), cell.getValue());
        }
        for (FamilyLevel.ExtraRow extra : level.extraRows()) {
            insertText(levelId, position++, null, extra.label(), extra.text());
        }
    }

    private void insertText(long levelId, int position, String dimension, String label, LevelText text) {
        jdbc.sql("insert into level_text (level_id, position, dimension, label, text) values (?, ?, ?, ?, ?)")
                .params(levelId, position, dimension, label, text.asWritten())
                .update();
    }

    public List<JobFamily> families(long frameworkId) {
        record Row(long id, String slug, String name) {}
        List<Row> rows = jdbc.sql("select id, slug, name from job_family where framework_id = ? order by name")
                .param(frameworkId)
                .query((row, i) -> new Row(row.getLong("id"), row.getString("slug"), row.getString("name")))
                .list();
        List<JobFamily> families = new ArrayList<>();
        for (Row row : rows) {
            families.add(new JobFamily(row.slug(), row.name(), notes(row.id()), levels(row.id())));
        }
        return families;
    }

    private List<String> notes(long familyId) {
        return jdbc.sql("select text from family_note where family_id = ? order by position")
                .param(familyId)
                .query(String.class)
                .list();
    }

    private List<FamilyLevel> levels(long familyId) {
        record Cell(int grade, String dimension, String label, String text) {}
        List<Cell> cells = jdbc.sql("""
                        select l.grade, t.dimension, t.label, t.text
                          from family_level l join level_text t on t.level_id = l.id
                         where l.family_id = ? order by l.grade, t.position""")
                .param(familyId)
                .query((row, i) -> new Cell(
                        row.getInt("grade"), row.getString("dimension"), row.getString("label"), row.getString("text")))
                .list();
        Map<Integer, Map<Dimension, LevelText>> texts = new LinkedHashMap<>();
        Map<Integer, List<FamilyLevel.ExtraRow>> extras = new LinkedHashMap<>();
        for (Cell cell : cells) {
            texts.computeIfAbsent(cell.grade(), g -> new LinkedHashMap<>());
            extras.computeIfAbsent(cell.grade(), g -> new ArrayList<>());
            if (cell.dimension() == null) {
                extras.get(cell.grade()).add(new FamilyLevel.ExtraRow(cell.label(), new LevelText(cell.text())));
            } else {
                texts.get(cell.grade()).put(Dimension.valueOf(cell.dimension()), new LevelText(cell.text()));
            }
        }
        return texts.keySet().stream()
                .map(grade -> new FamilyLevel(Grade.of(grade), texts.get(grade), extras.get(grade)))
                .toList();
    }
}
