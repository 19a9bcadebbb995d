package org.rolebook.roleprofile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rolebook.roleprofile.ProfilePage;
import org.rolebook.roleprofile.ProfileQuery;
import org.rolebook.roleprofile.ProfileSort;
import org.rolebook.roleprofile.RoleProfile;
import org.rolebook.roleprofile.Status;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list of role profiles: one page of those matching a filter, sorted, and how many match in
 * all, each row as the reader may see it.
 */
final class ProfileListing {

    private final JdbcClient jdbc;

    ProfileListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of profiles matching the filter, and how many match in all. A reader who sees only
     * approved profiles outside their schools sees each of those as its approved version: found,
     * filtered and sorted by that version's values, and never in a state before approval.
     */
    ProfilePage page(ProfileQuery query) {
        List<Object> mineParams = new ArrayList<>();
        Shown shown = Shown.ALL;
        if (query.visibility() != null) {
            List<Long> schools = List.copyOf(query.visibility().allStatesIn());
            shown = new Shown(
                    schools.isEmpty()
                            ? "1 = 0"
                            : "p.school_id in ("
                                    + String.join(
                                            ", ",
                                            schools.stream().map(id -> "?").toList()) + ")");
            mineParams.addAll(schools);
        }
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (query.visibility() != null) {
            where.add("(" + shown.mine() + " or (p.approved_version is not null and p.status <> 'ARCHIVED'))");
            params.addAll(mineParams);
        }
        if (query.schoolId() != null) {
            where.add("p.school_id = ?");
            params.add(query.schoolId());
        }
        if (query.familySlug() != null) {
            where.add(shown.column("family_slug") + " = ?");
            params.addAll(shown.params(mineParams));
            params.add(query.familySlug());
        }
        if (query.grade() != null) {
            where.add(shown.column("grade") + " = ?");
            params.addAll(shown.params(mineParams));
            params.add(query.grade());
        }
        if (query.status() != null) {
            where.add(shown.status() + " = ?");
            params.addAll(shown.params(mineParams));
            params.add(query.status().name());
        }
        if (query.text() != null) {
            where.add(shown.column("search_text") + " like ?");
            params.addAll(shown.params(mineParams));
            String like = "%"
                    + query.text()
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            params.add(like);
        }
        String filter = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from role_profile p" + filter)
                .params(params)
                .query(Long.class)
                .single();
        // the columns a row is shown with come first in the statement, then its filter and order
        List<Object> pageParams = new ArrayList<>();
        pageParams.addAll(shown.params(mineParams)); // shown_status
        pageParams.addAll(shown.params(mineParams)); // version joined
        pageParams.addAll(params);
        String order = orderBy(query.sort(), shown);
        pageParams.addAll(query.sort() == ProfileSort.SCHOOL ? List.of() : shown.params(mineParams));
        pageParams.add(query.size());
        pageParams.add((long) query.page() * query.size());
        List<RoleProfile> profiles = jdbc.sql("select p.*, s.urn, s.name, s.phase, s.pupils, v.content, v.saved_at, "
                        + shown.status() + " as shown_status"
                        + " from role_profile p join school s on s.id = p.school_id"
                        + " join role_profile_version v on v.profile_id = p.id and v.version = "
                        + shown.column("version") + filter + " order by " + order + ", p.id limit ? offset ?")
                .params(pageParams)
                .query(ProfileListing::shownProfile)
                .list();
        return new ProfilePage(profiles, total, query.page(), query.size());
    }

    /**
     * How a row is shown: as it stands to a reader of every state, as its approved version to a
     * reader who sees every state only where {@code mine} holds.
     */
    record Shown(String mine) {

        static final Shown ALL = new Shown("1 = 1");

        /** The current column for the reader's own rows and everyone's who reads all, the approved one otherwise. */
        String column(String name) {
            String current = name.equals("version") ? "p.current_version" : "p." + name;
            String approved = switch (name) {
                case "version" -> "p.approved_version";
                case "updated_at" -> "p.approved_at";
                default -> "p.approved_" + name;
            };
            return this == ALL ? current : "case when " + mine + " then " + current + " else " + approved + " end";
        }

        String status() {
            return this == ALL ? "p.status" : "case when " + mine + " then p.status else 'APPROVED' end";
        }

        /** The parameters {@link #column} and {@link #status} take each time they are used. */
        List<Object> params(List<Object> mineParams) {
            return this == ALL ? List.of() : mineParams;
        }
    }

    private static String orderBy(ProfileSort sort, Shown shown) {
        return switch (sort) {
            case TITLE -> "lower(" + shown.column("post_title") + ")";
            case GRADE -> shown.column("grade");
            case UPDATED -> shown.column("updated_at") + " desc";
            case SCHOOL -> "s.name";
        };
    }

    /** A row of a list: as it stands, or as its approved version where the reader sees only that. */
    private static RoleProfile shownProfile(ResultSet row, int index) throws SQLException {
        RoleProfile profile = ProfileStore.profile(row, index);
        if (Status.valueOf(row.getString("shown_status")) == profile.status()) {
            return profile;
        }
        return profile.asApproved(
                profile.content(), row.getTimestamp("approved_at").toInstant());
    }
}
