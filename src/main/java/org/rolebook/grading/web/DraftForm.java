package org.rolebook.grading.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rolebook.roleprofile.ProfileContent;

/**
 * The role profile form as the live panel receives it while it is being written: the fields that
 * grade suggestion reads, by the names the form gives them. Whatever else the form posts is
 * ignored.
 */
public class DraftForm {

    private String postTitle = "";
    private String familySlug = "";
    private @Nullable Integer grade;
    private String staffResponsibility = "";
    private String scope = "";
    private List<String> accountabilities = new ArrayList<>();
    private List<String> optionalDuties = new ArrayList<>();
    private List<String> additionalInformation = new ArrayList<>();

    ProfileContent content() {
        return new ProfileContent(
                postTitle,
                familySlug,
                grade == null ? 0 : grade,
                staffResponsibility,
                "",
                scope,
                accountabilities,
                optionalDuties,
                additionalInformation,
                "",
                "");
    }

    public String getPostTitle() {
        return postTitle;
    }

    public void setPostTitle(@Nullable String postTitle) {
        this.postTitle = text(postTitle);
    }

    public String getFamilySlug() {
        return familySlug;
    }

    public void setFamilySlug(@Nullable String familySlug) {
        this.familySlug = text(familySlug);
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

    public void setStaffResponsibility(@Nullable String staffResponsibility) {
        this.staffResponsibility = text(staffResponsibility);
    }

    public String getScope() {
        return scope;
    }

    public void setScope(@Nullable String scope) {
        this.scope = text(scope);
    }

    public List<String> getAccountabilities() {
        return accountabilities;
    }

    public void setAccountabilities(@Nullable List<String> items) {
        this.accountabilities = list(items);
    }

    public List<String> getOptionalDuties() {
        return optionalDuties;
    }

    public void setOptionalDuties(@Nullable List<String> items) {
        this.optionalDuties = list(items);
    }

    public List<String> getAdditionalInformation() {
        return additionalInformation;
    }

    public void setAdditionalInformation(@Nullable List<String> items) {
        this.additionalInformation = list(items);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static List<String> list(@Nullable List<String> items) {
        return items == null
                ? new ArrayList<>()
                : new ArrayList<>(items.stream().map(DraftForm::text).toList());
    }
}
