package org.rolebook.grading;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.rolebook.SeedFiles;
import org.rolebook.importing.RoleProfileForm;
import org.rolebook.importing.internal.RoleProfileFormReader;
import org.rolebook.roleprofile.Fixtures;
import org.rolebook.roleprofile.ProfileContent;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Named profiles for grade advice, and the role profile form as a browser posts them. */
public final class GradingFixtures {

    private GradingFixtures() {}

    /**
     * The post of the seed role profile form as a school editor would type it in full: its 13
     * accountabilities, 7 optional duties and 5 items of supporting information, stated Grade 5,
     * with a date that exists. Grade suggestion makes it Grade 5.
     */
    public static ProfileContent seedFormPost() {
        String text = new String(SeedFiles.bytes(SeedFiles.ROLE_PROFILE_FORM), StandardCharsets.UTF_8);
        RoleProfileForm form =
                RoleProfileFormReader.read("004_ce8fc1817c1c690f.txt", text).document();
        return new ProfileContent(
                form.postTitle(),
                "student-support-services",
                form.grade().number(),
                form.staffResponsibility(),
                form.essentialCarUser(),
                form.scope(),
                form.accountabilities(),
                form.optionalDuties(),
                form.additionalInformation(),
                form.preparedBy(),
                "28/02/23");
    }

    /** The seed form's post with a line-management accountability and a degree added. */
    public static ProfileContent seedFormPostManagingWithADegree() {
        ProfileContent post = seedFormPost();
        return new ProfileContent(
                post.postTitle(),
                post.familySlug(),
                post.grade(),
                post.staffResponsibility(),
                post.essentialCarUser(),
                post.scope(),
                concat(
                        post.accountabilities(),
                        "Line manage the team of learning mentors and attendance officers, including appraisal"),
                post.optionalDuties(),
                concat(post.additionalInformation(), "A degree in education, social work or a related subject"),
                post.preparedBy(),
                post.dateAsWritten());
    }

    public static ProfileContent withGrade(ProfileContent content, int grade) {
        return Fixtures.withGrade(content, grade);
    }

    /** The fields of the role profile form, named as the form names them, for a request. */
    public static MockMvcTester.MockMvcRequestBuilder typed(
            MockMvcTester.MockMvcRequestBuilder request, ProfileContent content) {
        request.param("postTitle", content.postTitle())
                .param("familySlug", content.familySlug())
                .param("grade", content.grade() == 0 ? "" : String.valueOf(content.grade()))
                .param("staffResponsibility", content.staffResponsibility())
                .param("essentialCarUser", content.essentialCarUser())
                .param("scope", content.scope())
                .param("preparedBy", content.preparedBy())
                .param("date", content.dateAsWritten());
        items(request, "accountabilities", content.accountabilities());
        items(request, "optionalDuties", content.optionalDuties());
        items(request, "additionalInformation", content.additionalInformation());
        return request;
    }

    private static void items(MockMvcTester.MockMvcRequestBuilder request, String list, List<String> items) {
        for (int i = 0; i < items.size(); i++) {
            request.param(list + "[" + i + "]", items.get(i));
        }
    }

    private static List<String> concat(List<String> items, String more) {
        return java.util.stream.Stream.concat(items.stream(), java.util.stream.Stream.of(more))
                .toList();
    }
}
