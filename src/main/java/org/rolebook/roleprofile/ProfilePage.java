package org.rolebook.roleprofile;

import java.util.List;

/** One page of a list of role profiles and how many match in all. */
public record ProfilePage(List<RoleProfile> profiles, long total, int page, int size) {

    public ProfilePage {
        profiles = List.copyOf(profiles);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
