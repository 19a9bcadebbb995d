package org.rolebook.roleprofile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rolebook.roleprofile.ApprovedValues;
import org.rolebook.roleprofile.ProfileContent;
import org.rolebook.roleprofile.ProfilePage;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileVersion;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.School;
import org.rolebook.roleprofile.Status;
import org.rolebook.roleprofile.WorkflowEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Role profiles, their versions and workflow events. A save updates the profile row only where
 * its lock version is the one the caller read, so a concurrent save changes no row.
 */
@Repository
public class ProfileStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SELECT = """
            select p.*, s.urn, s.name, s.phase, s.pupils, v.content
              from role_profile p
              join school s on s.id = p.school_id
              join role_profile_version v on v.profile_id = p.id and v.version = p.current_version
            """;

    private final JdbcClient jdbc;
    private final ProfileListing listing;

    ProfileStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.listing = new ProfileListing(jdbc);
    }

    public long insert(
            School school, ProfileContent content, Status status, boolean needsAttention, String actor, Instant at) {
        var keys = new GeneratedKeyHolder();
        String json = JSON.writeValueAsString(content);
        jdbc.sql("""
                        insert into role_profile (school_id, family_slug, grade, post_title, status, needs_attention,
                            current_version, lock_version, created_at, updated_at, search_text)
                        values (?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?)""")
                .params(
                        school.id(),
                        content.familySlug(),
                        content.grade(),
                        content.postTitle(),
                        status.name(),
                        needsAttention,
                        Timestamp.from(at),
                        Timestamp.from(at),
                        searchText(content.postTitle(), json))
                .update(keys, "id");
        long id = key(keys);
        insertVersion(id, 1, json, actor, at);
        return id;
    }

    /** Saves a new version; false when the profile's lock version is no longer the one given. */
    public boolean saveVersion(
            RoleProfile profile, int expectedLock, ProfileContent content, Status status, String actor, Instant at) {
        int version = profile.currentVersion() + 1;
        String json = JSON.writeValueAsString(content);
        int updated = jdbc.sql("""
                        update role_profile set family_slug = ?, grade = ?, post_title = ?, status = ?, needs_attention = ?,
                            current_version = ?, lock_version = lock_version + 1, updated_at = ?, search_text = ?
                         where id = ? and lock_version = ?""")
                .params(
                        content.familySlug(),
                        content.grade(),
                        content.postTitle(),
                        status.name(),
                        !content.problems().isEmpty(),
                        version,
                        Timestamp.from(at),
                        searchText(content.postTitle(), json),
                        profile.id(),
                        expectedLock)
                .update();
        if (updated == 1) {
            insertVersion(profile.id(), version, json, actor, at);
        }
        return updated == 1;
    }

    /** Records a workflow step; false when the profile's lock version is no longer the one given. */
    public boolean record(RoleProfile profile, int expectedLock, WorkflowEvent event) {
        Integer approved =
                event.to() == Status.APPROVED ? Integer.valueOf(profile.currentVersion()) : profile.approvedVersion();
        // an approval copies the current values to the approved ones; any other step leaves those as they are
        String approvedValues = event.to() == Status.APPROVED
                ? ", approved_family_slug = family_slug, approved_grade = grade, approved_post_title = post_title,"
                        + " approved_search_text = search_text, approved_at = ?"
                : "";
        int updated = jdbc.sql("update role_profile set status = ?, approved_version = ?" + approvedValues
                        + ", lock_version = lock_version + 1, updated_at = ? where id = ? and lock_version = ?")
                .params(
                        event.to() == Status.APPROVED
                                ? List.of(
                                        event.to().name(),
                                        approved,
                                        Timestamp.from(event.at()),
                                        Timestamp.from(event.at()),
                                        profile.id(),
                                        expectedLock)
                                : java.util.Arrays.asList(
                                        event.to().name(),
                                        approved,
                                        Timestamp.from(event.at()),
                                        profile.id(),
                                        expectedLock))
                .update();
        if (updated == 1) {
            insertEvent(profile.id(), event);
        }
        return updated == 1;
    }

    public void insertEvent(long profileId, WorkflowEvent event) {
        jdbc.sql(
                        "insert into workflow_event (profile_id, action, from_status, to_status, actor, comment, at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        profileId,
                        event.action(),
                        event.from() == null ? null : event.from().name(),
                        event.to().name(),
                        event.actor(),
                        event.comment(),
                        Timestamp.from(event.at()))
                .update();
    }

    public Optional<RoleProfile> byId(long id) {
        return jdbc.sql(SELECT + " where p.id = ?")
                .param(id)
                .query(ProfileStore::profile)
                .optional();
    }

    /** The profile as its approved version stands, where it has one. */
    public Optional<RoleProfile> approvedById(long id) {
        return jdbc.sql("""
                        select p.*, s.urn, s.name, s.phase, s.pupils, v.content
                          from role_profile p
                          join school s on s.id = p.school_id
                          join role_profile_version v on v.profile_id = p.id and v.version = p.approved_version
                         where p.id = ?""")
                .param(id)
                .query((row, i) -> profile(row, i)
                        .asApproved(
                                content(row.getString("content")),
                                row.getTimestamp("approved_at").toInstant()))
                .optional();
    }

    public List<ProfileVersion> versions(long id) {
        return jdbc.sql("select * from role_profile_version where profile_id = ? order by version")
                .param(id)
                .query((row, i) -> new ProfileVersion(
                        row.getInt("version"),
                        content(row.getString("content")),
                        row.getString("saved_by"),
                        row.getTimestamp("saved_at").toInstant()))
                .list();
    }

    public List<WorkflowEvent> history(long id) {
        return jdbc.sql("select * from workflow_event where profile_id = ? order by at, id")
                .param(id)
                .query((row, i) -> {
                    String from = row.getString("from_status");
                    return new WorkflowEvent(
                            row.getString("action"),
                            from == null ? null : Status.valueOf(from),
                            Status.valueOf(row.getString("to_status")),
                            row.getString("actor"),
                            row.getString("comment"),
                            row.getTimestamp("at").toInstant());
                })
                .list();
    }

    /** One page of profiles matching the filter, and how many match in all ({@link ProfileListing}). */
    public ProfilePage list(ProfileQuery query) {
        return listing.page(query);
    }

    private void insertVersion(long id, int version, String contentJson, String actor, Instant at) {
        jdbc.sql(
                        "insert into role_profile_version (profile_id, version, content, saved_by, saved_at) values (?, ?, ?, ?, ?)")
                .params(id, version, contentJson, actor, Timestamp.from(at))
                .update();
    }

    static String searchText(String postTitle, String contentJson) {
        return ApprovedValues.searchText(postTitle, contentJson);
    }

    static ProfileContent content(String json) {
        return JSON.readValue(json, ProfileContent.class);
    }

    static long key(GeneratedKeyHolder keys) {
        Number key = keys.getKey();
        if (key == null) {
            throw new IllegalStateException("the database returned no generated key");
        }
        return key.longValue();
    }

    static RoleProfile profile(ResultSet row, int index) throws SQLException {
        int approved = row.getInt("approved_version");
        Integer approvedVersion = row.wasNull() ? null : approved;
        int pupils = row.getInt("pupils");
        School school = new School(
                row.getLong("school_id"),
                row.getString("urn"),
                row.getString("name"),
                org.rolebook.roleprofile.Phase.valueOf(row.getString("phase")),
                row.wasNull() ? null : pupils);
        return new RoleProfile(
                row.getLong("id"),
                school,
                Status.valueOf(row.getString("status")),
                row.getInt("current_version"),
                approvedVersion,
                row.getInt("lock_version"),
                row.getBoolean("needs_attention"),
                content(row.getString("content")),
                row.getTimestamp("updated_at").toInstant());
    }
}
