package org.rolebook.roleprofile;

import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approved version's family, grade, title, search text and time of approval kept on the profile row (migration
 * V8). They are copied from the current values when a version is approved; rows that have an
 * approved version but not these values (a database migrated from before they existed, or an
 * export restored from then) get them from that version's content here.
 */
public final class ApprovedValues {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApprovedValues() {}

    /** Fills every row that has an approved version and no approved values; returns how many. */
    public static int fill(JdbcTemplate jdbc) {
        record Missing(long id, String content, Timestamp approvedAt) {}
        // approved when the last approval was recorded; the version's save where no step says so
        List<Missing> missing = jdbc.query(
                """
                        select p.id, v.content,
                               coalesce((select max(e.at) from workflow_event e
                                          where e.profile_id = p.id and e.action = 'approved'), v.saved_at) as approved_at
                          from role_profile p
                          join role_profile_version v on v.profile_id = p.id and v.version = p.approved_version
                         where p.approved_grade is null""",
                (row, i) -> new Missing(row.getLong("id"), row.getString("content"), row.getTimestamp("approved_at")));
        for (Missing row : missing) {
            ProfileContent content = JSON.readValue(row.content(), ProfileContent.class);
            jdbc.update(
                    """
                    update role_profile set approved_family_slug = ?, approved_grade = ?, approved_post_title = ?,
                        approved_search_text = ?, approved_at = ? where id = ?""",
                    content.familySlug(),
                    content.grade(),
                    content.postTitle(),
                    searchText(content.postTitle(), row.content()),
                    row.approvedAt(),
                    row.id());
        }
        return missing.size();
    }

    /** What a text search looks in: the title and the content as stored, lower-cased (as migration V6 fills it). */
    public static String searchText(String postTitle, String contentJson) {
        return (postTitle + " " + contentJson).toLowerCase(Locale.ROOT);
    }
}
