package org.rolebook.roleprofile.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.roleprofile.ProfileContent;
import org.rolebook.roleprofile.RoleProfile;

/**
 * The role profile form as the browser posts it. Lists are edited in place: the buttons beside
 * each item post the form with an action such as "up:accountabilities:3", which {@link #apply}
 * carries out before the form is shown again, so that it works without scripts.
 */
public class ProfileForm {

    private @Nullable Long schoolId;
    private int lockVersion;
    private String postTitle = "";
    private String familySlug = "";
    private @Nullable Integer grade;
    private String staffResponsibility = "";
    private String essentialCarUser = "";
    private String scope = "";
    private List<String> accountabilities = new ArrayList<>(List.of(""));
    private List<String> optionalDuties = new ArrayList<>(List.of(""));
    private List<String> additionalInformation = new ArrayList<>(List.of(""));
    private String preparedBy = "";
    private String date = "";

    static ProfileForm of(RoleProfile profile) {
        ProfileForm form = new ProfileForm();
        ProfileContent content = profile.content();
        form.schoolId = profile.school().id();
        form.lockVersion = profile.lockVersion();
        form.postTitle = content.postTitle();
        form.familySlug = content.familySlug();
        form.grade = content.grade();
        form.staffResponsibility = content.staffResponsibility();
        form.essentialCarUser = content.essentialCarUser();
        form.scope = content.scope();
        form.accountabilities = new ArrayList<>(content.accountabilities());
        form.optionalDuties = new ArrayList<>(content.optionalDuties());
        form.additionalInformation = new ArrayList<>(content.additionalInformation());
        form.preparedBy = content.preparedBy();
        form.date = content.dateAsWritten();
        return form;
    }

    ProfileContent content() {
        return new ProfileContent(
                postTitle,
                familySlug,
                grade == null ? 0 : grade,
                staffResponsibility,
                essentialCarUser,
                scope,
                mutable(accountabilities),
                mutable(optionalDuties),
                mutable(additionalInformation),
                preparedBy,
                date);
    }

    /**
     * For showing the form again after an error: every control character of a text, which the
     * browser would not show, as U+FFFD, so that the person can see where it is and remove it.
     * Returns the fields that had one.
     */
    java.util.Set<String> showControlCharacters() {
        java.util.Set<String> had = new java.util.TreeSet<>();
        postTitle = shown("postTitle", postTitle, had);
        staffResponsibility = shown("staffResponsibility", staffResponsibility, had);
        essentialCarUser = shown("essentialCarUser", essentialCarUser, had);
        scope = shown("scope", scope, had);
        accountabilities = shown("accountabilities", accountabilities, had);
        optionalDuties = shown("optionalDuties", optionalDuties, had);
        additionalInformation = shown("additionalInformation", additionalInformation, had);
        preparedBy = shown("preparedBy", preparedBy, had);
        date = shown("date", date, had);
        return had;
    }

    private static String shown(String field, String text, java.util.Set<String> had) {
        String shown = org.rolebook.framework.ControlCharacters.shown(text);
        if (!shown.equals(text)) {
            had.add(field);
        }
        return shown;
    }

    private static List<String> shown(String field, List<String> items, java.util.Set<String> had) {
        List<String> shown = new ArrayList<>();
        items.forEach(item -> shown.add(shown(field, item == null ? "" : item, had)));
        return shown;
    }

    /** Adds, removes or moves an item of a list: "add:LIST", "remove:LIST:INDEX", "up:LIST:INDEX", "down:LIST:INDEX". */
    void apply(String action) {
        String[] parts = action.split(":");
        List<String> list = switch (parts.length > 1 ? parts[1] : "") {
            case "accountabilities" -> accountabilities;
            case "optionalDuties" -> optionalDuties;
            case "additionalInformation" -> additionalInformation;
            default -> null;
        };
        if (list == null) {
            return;
        }
        int index = parts.length > 2 && parts[2].matches("\\d{1,3}") ? Integer.parseInt(parts[2]) : -1;
        switch (parts[0]) {
            case "add" -> list.add("");
            case "remove" -> {
                if (index >= 0 && index < list.size()) {
                    list.remove(index);
                }
            }
            case "up" -> swap(list, index - 1, index);
            case "down" -> swap(list, index, index + 1);
            default -> {}
        }
    }

    private static void swap(List<String> list, int a, int b) {
        if (a >= 0 && b < list.size()) {
            String first = list.get(a);
            list.set(a, list.get(b));
            list.set(b, first);
        }
    }

    public @Nullable Long getSchoolId() {
        return schoolId;
    }

    public void setSchoolId(@Nullable Long schoolId) {
        this.schoolId = schoolId;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    public void setLockVersion(int lockVersion) {
        this.lockVersion = lockVersion;
    }

    public String getPostTitle() {
        return postTitle;
    }

    public void setPostTitle(@Nullable String postTitle) {
        this.postTitle = postTitle == null ? "" : postTitle;
    }

    public String getFamilySlug() {
        return familySlug;
    }

    public void setFamilySlug(@Nullable String familySlug) {
        this.familySlug = familySlug == null ? "" : familySlug;
    }

    public @Nullable Integer getGrade() {
        return grade;
    }

    public void setGrade(@Nullable Integer grade) {
        this.grade = grade;
    }

    public String getStaffResponsibility() {
        return staffResponsibility;
    }

    public void setStaffResponsibility(@Nullable String value) {
        this.staffResponsibility = value == null ? "" : value;
    }

    public String getEssentialCarUser() {
        return essentialCarUser;
    }

    public void setEssentialCarUser(@Nullable String value) {
        this.essentialCarUser = value == null ? "" : value;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(@Nullable String scope) {
        this.scope = scope == null ? "" : scope;
    }

    public List<String> getAccountabilities() {
        return accountabilities;
    }

    public void setAccountabilities(@Nullable List<String> items) {
        this.accountabilities = mutable(items);
    }

    public List<String> getOptionalDuties() {
        return optionalDuties;
    }

    public void setOptionalDuties(@Nullable List<String> items) {
        this.optionalDuties = mutable(items);
    }

    public List<String> getAdditionalInformation() {
        return additionalInformation;
    }

    public void setAdditionalInformation(@Nullable List<String> items) {
        this.additionalInformation = mutable(items);
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public void setPreparedBy(@Nullable String preparedBy) {
        this.preparedBy = preparedBy == null ? "" : preparedBy;
    }

    public String getDate() {
        return date;
    }

    public void setDate(@Nullable String date) {
        this.date = date == null ? "" : date;
    }

    /** The items, a gap left by an item posted at a later index read as an empty one. */
    private static List<String> mutable(@Nullable List<String> items) {
        return items == null
                ? new ArrayList<>()
                : new ArrayList<>(items.stream().map(i -> i == null ? "" : i).toList());
    }
}
